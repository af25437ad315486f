package io.rotordream.video.pipeline.internal;

import java.util.Arrays;

import io.rotordream.video.api.stream.AccessUnit;

/**
 * Hands each access unit to every subscription. The subscriber array is replaced on (rare)
 * subscribe/close and read without locking or iterators on (frequent) publish.
 */
final class Fanout {

    private volatile SubscriptionImpl[] subscribers = new SubscriptionImpl[0];

    synchronized void add(SubscriptionImpl s) {
        SubscriptionImpl[] next = Arrays.copyOf(subscribers, subscribers.length + 1);
        next[next.length - 1] = s;
        subscribers = next;
    }

    synchronized void remove(SubscriptionImpl s) {
        subscribers = Arrays.stream(subscribers).filter(x -> x != s).toArray(SubscriptionImpl[]::new);
    }

    void publish(AccessUnit au) {
        SubscriptionImpl[] subs = subscribers;
        for (int i = 0; i < subs.length; i++) {
            subs[i].offer(au);
        }
    }

    /**
     * The encoding pool ran dry: the subscriber holding the most units is the slow one; it loses
     * its backlog (and resumes at the next keyframe) so the others keep receiving.
     *
     * @return whether anything was freed
     */
    boolean shedLargest() {
        SubscriptionImpl worst = null;
        for (SubscriptionImpl s : subscribers) {
            if (s.queued() > 0 && (worst == null || s.queued() > worst.queued())) {
                worst = s;
            }
        }
        return worst != null && worst.shed() > 0;
    }

    int size() {
        return subscribers.length;
    }

    long dropped() {
        long sum = 0;
        for (SubscriptionImpl s : subscribers) {
            sum += s.dropped();
        }
        return sum;
    }

    void closeAll() {
        for (SubscriptionImpl s : subscribers) {
            s.close();
        }
    }
}
