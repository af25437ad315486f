package io.rotordream.tuner.api;

/** Why a knob cannot be read, planned or written. */
public class KnobException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the words the issue and an operator use. */
    public enum Failure {
        /** No tuner knows this knob: a request error. */
        UNKNOWN_KNOB,
        /** The value is not one the knob takes: a request error. */
        INVALID_VALUE,
        /** ENOENT, ENODEV, ENXIO: the file, device or interface is not there. */
        NO_SUCH_DEVICE,
        /** EROFS, a file without write permission, an offload the driver fixes. */
        READ_ONLY,
        /** EACCES, EPERM. */
        PERMISSION_DENIED,
        /** EINVAL or a read-back that differs: the kernel refused the value. */
        REFUSED,
        /** EOPNOTSUPP: the driver or kernel does not offer this. */
        UNSUPPORTED,
        /** EBUSY. */
        BUSY,
        /** Anything else (a tool missing, a timeout). */
        FAILED;

        /** Request errors are the caller's (400); the rest are the machine's. */
        public boolean isRequestError() {
            return this == UNKNOWN_KNOB || this == INVALID_VALUE;
        }
    }

    private final String knob;
    private final Failure failure;
    private final String errno;
    private final String reason;

    /**
     * @param errno the errno name when one is known (EINVAL), else {@code null}
     * @param reason what happened, without the knob's name
     */
    public KnobException(String knob, Failure failure, String errno, String reason) {
        super(knob + ": " + (errno == null ? "" : errno + " ") + reason);
        this.knob = knob;
        this.failure = failure;
        this.errno = errno;
        this.reason = reason;
    }

    public static KnobException invalid(String knob, String reason) {
        return new KnobException(knob, Failure.INVALID_VALUE, null, reason);
    }

    public static KnobException unknown(String knob, String reason) {
        return new KnobException(knob, Failure.UNKNOWN_KNOB, null, reason);
    }

    public String knob() {
        return knob;
    }

    public Failure failure() {
        return failure;
    }

    /** EINVAL, EACCES, ENOENT, ... or {@code null}. */
    public String errno() {
        return errno;
    }

    public String reason() {
        return reason;
    }

    /** "EINVAL (value refused by the kernel): ..." without the knob name. */
    public String describe() {
        return (errno == null ? failure.name().toLowerCase().replace('_', ' ') : errno) + ": " + reason;
    }
}
