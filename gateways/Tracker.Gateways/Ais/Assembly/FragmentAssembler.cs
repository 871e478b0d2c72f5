using Tracker.Gateways.Ais.Sentences;

namespace Tracker.Gateways.Ais.Assembly;

/// <summary>
/// Joins the fragments of multi-sentence messages (type 5 takes two), keyed by (sequence id, channel). A fragment
/// out of order, a message not finished within the timeout, or one pushed out when all slots are taken is dropped.
/// One per source: fragments of one receiver are never joined with another's. Not thread-safe.
/// </summary>
internal sealed class FragmentAssembler(int slots, TimeSpan timeout)
{
    /// <summary>Nine fragments (the field is one digit) of at most a sentence each.</summary>
    private const int MaxPayload = 9 * 82;

    private readonly Pending[] _slots = CreateSlots(Math.Max(1, slots));

    /// <summary>Messages given up since the last <see cref="TakeAbandoned"/>: timed out, pushed out or left with a gap.</summary>
    private int _abandoned;

    public enum Step
    {
        Waiting,
        Complete,
        OutOfOrder,
    }

    /// <summary>
    /// Adds a fragment of a multi-fragment message. On <see cref="Step.Complete"/>, <paramref name="payload"/> is
    /// the whole message, valid until the next call.
    /// </summary>
    public Step Add(scoped in NmeaSentence s, DateTimeOffset now, out ReadOnlySpan<byte> payload, out DateTimeOffset? tagTime)
    {
        payload = default;
        tagTime = null;
        Expire(now);
        var slot = Find(s.SequenceId, s.Channel);
        if (s.FragmentNumber == 1)
        {
            if (slot is not null)
            {
                // A new message under a key still waiting: the old one lost its tail.
                _abandoned++;
            }

            slot ??= Free(now);
            slot.Start(s, now);
            return Step.Waiting;
        }

        if (slot is null || slot.Next != s.FragmentNumber || slot.Count != s.FragmentCount || slot.Length + s.Payload.Length > MaxPayload)
        {
            if (slot is not null)
            {
                slot.InUse = false;
                _abandoned++;
            }

            return Step.OutOfOrder;
        }

        s.Payload.CopyTo(slot.Payload.AsSpan(slot.Length));
        slot.Length += s.Payload.Length;
        slot.Next++;
        if (s.FragmentNumber < s.FragmentCount)
        {
            return Step.Waiting;
        }

        slot.InUse = false;
        payload = slot.Payload.AsSpan(0, slot.Length);
        tagTime = slot.TagTime ?? s.TagTime;
        return Step.Complete;
    }

    public int TakeAbandoned()
    {
        var n = _abandoned;
        _abandoned = 0;
        return n;
    }

    /// <summary>Messages waiting for more fragments.</summary>
    public int Waiting => _slots.Count(p => p.InUse);

    private void Expire(DateTimeOffset now)
    {
        foreach (var p in _slots)
        {
            if (p.InUse && now - p.Started > timeout)
            {
                p.InUse = false;
                _abandoned++;
            }
        }
    }

    private Pending? Find(int seq, byte channel)
    {
        foreach (var p in _slots)
        {
            if (p.InUse && p.SequenceId == seq && p.Channel == channel)
            {
                return p;
            }
        }

        return null;
    }

    private Pending Free(DateTimeOffset now)
    {
        Pending? oldest = null;
        foreach (var p in _slots)
        {
            if (!p.InUse)
            {
                return p;
            }

            if (oldest is null || p.Started < oldest.Started)
            {
                oldest = p;
            }
        }

        _abandoned++;
        oldest!.InUse = false;
        return oldest;
    }

    private static Pending[] CreateSlots(int n)
    {
        var slots = new Pending[n];
        for (var i = 0; i < n; i++)
        {
            slots[i] = new Pending();
        }

        return slots;
    }

    private sealed class Pending
    {
        public byte[] Payload { get; } = new byte[MaxPayload];

        public bool InUse { get; set; }

        public int SequenceId { get; private set; }

        public byte Channel { get; private set; }

        public int Count { get; private set; }

        public int Next { get; set; }

        public int Length { get; set; }

        public DateTimeOffset Started { get; private set; }

        public DateTimeOffset? TagTime { get; private set; }

        public void Start(in NmeaSentence s, DateTimeOffset now)
        {
            InUse = true;
            SequenceId = s.SequenceId;
            Channel = s.Channel;
            Count = s.FragmentCount;
            Next = 2;
            Started = now;
            TagTime = s.TagTime;
            s.Payload.CopyTo(Payload);
            Length = s.Payload.Length;
        }
    }
}
