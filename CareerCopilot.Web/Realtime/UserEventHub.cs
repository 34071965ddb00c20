using System.Threading.Channels;
using CareerCopilot.Web.Domain.Events;

namespace CareerCopilot.Web.Realtime;

/// <summary>An event as a stream sends it: numbered, so a client that reconnects with <c>Last-Event-ID</c> misses nothing.</summary>
public sealed record NumberedEvent(long Id, UserEvent Event);

/// <summary>
/// Every user's live streams in this instance. A publish goes to each of the user's open streams without waiting (a
/// stream that falls 256 events behind loses its oldest), and into the user's last 64 events, which a reconnecting or
/// polling client reads from the id it last saw. Ids start from the clock (microseconds since 1970), so those of a
/// restarted server are above any a page saw before and a page that kept its last id hears the new ones.
/// </summary>
public sealed class UserEventHub(TimeProvider clock) : IUserEvents
{
    public const int RecentKept = 64;
    private const int StreamBuffer = 256;

    private readonly Lock gate = new();
    private readonly Dictionary<int, UserStreams> users = [];
    private long lastId = clock.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
    private bool closed;

    public void Publish(int userId, UserEvent userEvent)
    {
        lock (gate)
        {
            if (closed) return;
            var numbered = new NumberedEvent(++lastId, userEvent);
            var streams = Streams(userId);
            streams.Recent.Enqueue(numbered);
            if (streams.Recent.Count > RecentKept) streams.Recent.Dequeue();
            foreach (var stream in streams.Open) stream.Writer.TryWrite(numbered);
        }
    }

    /// <summary>
    /// Opens a stream for the user: first the kept events after <paramref name="afterId"/> (when given), then each new one.
    /// Dispose it to close; <see cref="EndStreams(int)"/> and <see cref="CloseEverything"/> end it from the other side.
    /// </summary>
    public Subscription Subscribe(int userId, long? afterId = null) =>
        TrySubscribe(userId, afterId, int.MaxValue) ?? throw new InvalidOperationException("Unreachable: no limit.");

    /// <summary>
    /// <see cref="Subscribe"/>, unless the user already has <paramref name="maxOpen"/> streams open: then null, and nothing
    /// is opened (one user cannot hold the server's connections).
    /// </summary>
    public Subscription? TrySubscribe(int userId, long? afterId, int maxOpen)
    {
        var channel = Channel.CreateBounded<NumberedEvent>(new BoundedChannelOptions(StreamBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            if (closed) channel.Writer.TryComplete();
            else
            {
                var streams = Streams(userId);
                if (streams.Open.Count >= maxOpen) return null;
                if (afterId is { } after)
                    foreach (var missed in streams.Recent.Where(e => e.Id > after)) channel.Writer.TryWrite(missed);
                streams.Open.Add(channel);
            }
        }
        return new Subscription(channel.Reader, () => Remove(userId, channel));
    }

    /// <summary>The user's kept events after <paramref name="afterId"/>, and the newest id to ask from next time: for clients that poll.</summary>
    public (IReadOnlyList<NumberedEvent> Events, long LastId) Since(int userId, long afterId)
    {
        lock (gate)
        {
            var events = users.TryGetValue(userId, out var streams) ? streams.Recent.Where(e => e.Id > afterId).ToList() : [];
            return (events, lastId);
        }
    }

    public void EndStreams(int userId)
    {
        lock (gate)
        {
            if (!users.TryGetValue(userId, out var streams)) return;
            foreach (var stream in streams.Open) stream.Writer.TryComplete();
            streams.Open.Clear();
        }
    }

    /// <summary>Ends every stream and refuses new ones (shutdown), so no stream holds the server open.</summary>
    public void CloseEverything()
    {
        lock (gate)
        {
            closed = true;
            foreach (var stream in users.Values.SelectMany(u => u.Open)) stream.Writer.TryComplete();
            users.Clear();
        }
    }

    /// <summary>The newest id given to any event: a page starts its stream (or its polling) after it, so it misses nothing.</summary>
    public long LastId
    {
        get { lock (gate) return lastId; }
    }

    /// <summary>How many streams are open: for health and the benchmark.</summary>
    public int OpenStreams
    {
        get { lock (gate) return users.Values.Sum(u => u.Open.Count); }
    }

    /// <summary>How many streams the user has open.</summary>
    public int OpenStreamsOf(int userId)
    {
        lock (gate) return users.TryGetValue(userId, out var streams) ? streams.Open.Count : 0;
    }

    private UserStreams Streams(int userId)
    {
        if (!users.TryGetValue(userId, out var streams)) users[userId] = streams = new UserStreams();
        return streams;
    }

    private void Remove(int userId, Channel<NumberedEvent> channel)
    {
        lock (gate)
        {
            channel.Writer.TryComplete();
            if (users.TryGetValue(userId, out var streams)) streams.Open.Remove(channel);
        }
    }

    private sealed class UserStreams
    {
        public List<Channel<NumberedEvent>> Open { get; } = [];
        public Queue<NumberedEvent> Recent { get; } = new();
    }

    public sealed class Subscription(ChannelReader<NumberedEvent> reader, Action close) : IDisposable
    {
        public ChannelReader<NumberedEvent> Reader { get; } = reader;
        public void Dispose() => close();
    }
}
