using System.Globalization;
using Trialdex.Core.Import;

namespace Trialdex.Core.Tests.Import;

/// <summary>The import decodes on threads of its own, at a lower priority than the writer that stores what they decode.</summary>
public sealed class DecodeThreadsTests
{
    [Fact]
    public async Task Every_task_given_runs_on_the_decode_threads_and_disposing_ends_them()
    {
        var decoders = new DecodeThreads(2);
        var names = new System.Collections.Concurrent.ConcurrentBag<string?>();

        var squares = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Factory.StartNew(() => { names.Add(Thread.CurrentThread.Name); return i * i; }, default, TaskCreationOptions.None, decoders)));
        decoders.Dispose();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * i), squares);
        Assert.All(names, name => Assert.StartsWith("Trialdex decode ", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Work_started_on_them_runs_at_a_lower_priority_than_the_thread_that_started_it()
    {
        using var decoders = new DecodeThreads(1);
        var ownNice = OwnNice();

        var (nice, priority) = await Task.Factory.StartNew(() => (OwnNice(), Thread.CurrentThread.Priority), default, TaskCreationOptions.None, decoders);

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(DecodeThreads.Nice, nice);
            Assert.True(nice > ownNice, $"the starting thread's nice value is {ownNice}; the decoders' must be higher");
        }
        else
        {
            Assert.Equal(ThreadPriority.BelowNormal, priority);
        }
    }

    /// <summary>The calling thread's nice value from /proc (field 19 of its stat line; the name in parentheses may hold spaces).</summary>
    private static int OwnNice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], CultureInfo.InvariantCulture);
    }
}
