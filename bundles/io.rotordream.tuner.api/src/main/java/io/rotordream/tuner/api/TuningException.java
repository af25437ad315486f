package io.rotordream.tuner.api;

import java.util.List;

/** A tuning change refused or failed; nothing of it stays applied. */
public class TuningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The request names an unknown knob or a bad value (400). */
        INVALID,
        /** A consumer of one configuration refused its part (400): nothing was applied. */
        REJECTED,
        /** Applying a knob failed on this machine; every knob of the apply was rolled back (409). */
        FAILED,
        /** The request contradicts the state (deleting the active or a shipped profile) (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String part;
    private final String field;
    private final KnobException.Failure failure;
    private final List<String> rolledBack;

    /**
     * @param part the knob or PID at fault
     * @param field the key or knob to name in the reply
     * @param failure for {@link Kind#FAILED} and {@link Kind#INVALID} from a knob, else {@code null}
     * @param rolledBack knobs put back to what they were
     */
    public TuningException(Kind kind, String part, String field, KnobException.Failure failure, String message,
            List<String> rolledBack) {
        super(message);
        this.kind = kind;
        this.part = part;
        this.field = field;
        this.failure = failure;
        this.rolledBack = rolledBack == null ? List.of() : List.copyOf(rolledBack);
    }

    public Kind kind() {
        return kind;
    }

    public String part() {
        return part;
    }

    public String field() {
        return field;
    }

    public KnobException.Failure failure() {
        return failure;
    }

    public List<String> rolledBack() {
        return rolledBack;
    }
}
