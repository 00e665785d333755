package al.rrjeti.kernel.api.calendar;

/**
 * Albania's official holidays (Law no. 7651/1992, as amended), and the days off the government
 * declares on top of them. Names are in the kernel's bundles under {@link #messageKey()}.
 */
public enum Holiday {
    NEW_YEAR,
    SUMMER_DAY,
    NEVRUZ,
    CATHOLIC_EASTER,
    ORTHODOX_EASTER,
    LABOUR_DAY,
    EID_AL_FITR,
    EID_AL_ADHA,
    /** 19 October, 2004–2017. */
    MOTHER_TERESA_BEATIFICATION,
    /** 5 September, since 2018. */
    MOTHER_TERESA_CANONISATION,
    ALPHABET_DAY,
    INDEPENDENCE_DAY,
    LIBERATION_DAY,
    YOUTH_DAY,
    CHRISTMAS,
    /** A working day the Council of Ministers declares a day off (a bridge day), from configuration. */
    DECLARED_DAY_OFF;

    public String messageKey() {
        return "calendar.holiday." + name();
    }
}
