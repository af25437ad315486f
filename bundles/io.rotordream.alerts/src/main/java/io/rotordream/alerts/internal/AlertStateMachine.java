package io.rotordream.alerts.internal;

/**
 * One rule's state, Prometheus style: inactive until the condition holds, pending while it has
 * held for less than the rule's duration, firing after that, resolved once the value is past the
 * hysteresis band (or no longer measured). A firing notification goes out only when the last one
 * of this rule is at least the cooldown old; the resolved notification follows only a notified
 * firing, so receivers never see one without the other.
 */
final class AlertStateMachine {

    enum State {
        INACTIVE, PENDING, FIRING, RESOLVED
    }

    /** A change of state; {@code notified} says whether it is sent to the channels. */
    record Transition(Rule rule, State from, State to, Double value, long at, boolean notified, boolean suppressed) {
    }

    private Rule rule;
    State state = State.INACTIVE;
    long since;
    long activeSince;
    long lastNotified = Long.MIN_VALUE;
    boolean firingNotified;
    Double value;

    AlertStateMachine(Rule rule) {
        this.rule = rule;
    }

    Rule rule() {
        return rule;
    }

    void rule(Rule r) {
        this.rule = r;
    }

    /**
     * How long a metric may go unmeasured before a pending or firing rule lets go. A source that
     * misses a sample or two (a restart, a bundle update, a collector running late) must not
     * resolve an alert and fire it again.
     */
    static final long VANISHED_MILLIS = 30_000;

    private long missingSince = -1;

    /** @return the transition this value causes, or {@code null} when the state stays */
    Transition step(Double v, long now) {
        if (v == null && (state == State.PENDING || state == State.FIRING)) {
            if (missingSince < 0) {
                missingSince = now;
            }
            if (now - missingSince < VANISHED_MILLIS) {
                return null;
            }
        } else if (v != null) {
            missingSince = -1;
        }
        value = v;
        boolean breach = v != null && rule.breaches(v);
        switch (state) {
            case INACTIVE, RESOLVED -> {
                if (breach) {
                    activeSince = now;
                    return rule.forMillis() == 0 ? fire(now) : move(State.PENDING, now, false, false);
                }
            }
            case PENDING -> {
                if (!breach) {
                    return move(State.INACTIVE, now, false, false);
                }
                if (now - activeSince >= rule.forMillis()) {
                    return fire(now);
                }
            }
            case FIRING -> {
                if (v == null || rule.clears(v)) {
                    boolean notify = firingNotified;
                    firingNotified = false;
                    return move(State.RESOLVED, now, notify, false);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        return null;
    }

    private Transition fire(long now) {
        boolean notify = lastNotified == Long.MIN_VALUE || now - lastNotified >= rule.cooldownMillis();
        if (notify) {
            lastNotified = now;
        }
        firingNotified = notify;
        return move(State.FIRING, now, notify, !notify);
    }

    private Transition move(State to, long now, boolean notify, boolean suppressed) {
        State from = state;
        state = to;
        since = now;
        return new Transition(rule, from, to, value, now, notify, suppressed);
    }
}
