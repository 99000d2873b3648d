package org.ascend.cohort.career;

/** The formats career, talent-pool and network data share (docs/domain.md §1), for request validation. */
public final class Codes {

    /** An NHS ODS organisation code: a trust is three characters (RJ1), a site or practice up to six. */
    public static final String ODS_CODE = "[A-Za-z0-9]{3,6}";
    public static final String ODS_CODE_MESSAGE = "must be an NHS ODS organisation code: 3 to 6 letters or digits, e.g. RJ1";
    /** The seven NHS England regions. */
    public static final String REGION_CODES = "Y56|Y58|Y59|Y60|Y61|Y62|Y63";
    public static final String REGION_MESSAGE = "must be an NHS England region code (Y56, Y58-Y63)";
    /** Agenda for Change bands, and very senior managers. */
    public static final String BANDS = "[1-7]|8[a-d]|9|VSM";
    public static final String BAND_MESSAGE = "must be an Agenda for Change band 1-9, 8a-8d or VSM";

    private Codes() {
    }
}
