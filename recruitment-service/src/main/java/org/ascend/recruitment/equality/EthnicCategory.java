package org.ascend.recruitment.equality;

import java.util.Arrays;
import java.util.Optional;

/**
 * NHS Data Dictionary ETHNIC CATEGORY, 2001 census "16+1" classification (docs/domain.md §2): the detailed
 * code is stored; the five high-level groups and the BME/White split are derived from it.
 */
public enum EthnicCategory {
    A("White"), B("White"), C("White"),
    D("Mixed"), E("Mixed"), F("Mixed"), G("Mixed"),
    H("Asian or Asian British"), J("Asian or Asian British"), K("Asian or Asian British"), L("Asian or Asian British"),
    M("Black or Black British"), N("Black or Black British"), P("Black or Black British"),
    R("Other ethnic groups"), S("Other ethnic groups"),
    Z(null), // not stated: the person declined
    NOT_KNOWN(null); // "99": not known

    public static final String CLASSIFICATION = "2001";
    public static final String CODES = "[A-HJ-NPRSZ]|99";

    private final String group;

    EthnicCategory(String group) {
        this.group = group;
    }

    public static EthnicCategory of(String code) {
        return "99".equals(code) ? NOT_KNOWN
                : Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Not an ethnic category code: " + code));
    }

    public String code() {
        return this == NOT_KNOWN ? "99" : name();
    }

    /** The high-level group, absent when not stated or not known. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** BME (true) or White (false), absent when not stated or not known. */
    public Optional<Boolean> blackAndMinorityEthnic() {
        return group().map(g -> !g.equals("White"));
    }
}
