package org.cablegate.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reference IDs in the form WikiLeaks gives them: year, station, serial ({@code 09UNVIEVIENNA540}). Stations as the
 * cables print them in references are brought to that form: short forms ({@code UNVIE}, {@code HK}, {@code BA}),
 * misprints ({@code BRASILA}), other names ({@code SECSTATE}, {@code MEXICO CITY}). The table is heuer/cablemap's
 * {@code _STATION_C14N} (BSD licence).
 */
public final class ReferenceIds {

    private static final Map<String, String> STATIONS = new HashMap<>();
    /** Posts whose names are several words, joined: a reference's station may be any of them. */
    private static final Set<String> KNOWN = new HashSet<>();
    private static final Pattern ID = Pattern.compile("(\\d{2})([A-Z0][A-Z0-9'-]*?)(\\d+)");

    static {
        var table = (""
            + " AUBJA=ABUJA RANGON=RANGOON TEGUC=TEGUCIGALPA TEGUZ=TEGUCIGALPA KATHAMNDU=KATHMANDU KATHMANUD=KATHMANDU"
            + " NARIOBI=NAIROBI ABDIDJAN=ABIDJAN JERSUALEM=JERUSALEM JERUSALM=JERUSALEM KINSHSA=KINSHASA ABIDJDAN=ABIDJAN"
            + " DUESSELDORF=DUSSELDORF JAK=JAKARTA PETERSBURG=STPETERSBURG TBLISI=TBILISI KHARTOUNM=KHARTOUM KHARTOM=KHARTOUM"
            + " CALCUTT=CALCUTTA CAL=CALCUTTA DAM=DAMASCUS ANTAN=ANTANANARIVO TANA=ANTANANARIVO ANTANANARI=ANTANANARIVO"
            + " ATENS=ATHENS ASHGABT=ASHGABAT LJBULJANA=LJUBLJANA LJUBJLANA=LJUBLJANA COTON0U=COTONOU FREEETOWN=FREETOWN"
            + " ATLANTA=CDCATLANTAGA ATLANGAGA=CDCATLANTAGA ATLANTAGA=CDCATLANTAGA CDCATLANTA=CDCATLANTAGA CDC=CDCATLANTAGA"
            + " CDCATLANTAGAUSA=CDCATLANTAGA ADDIS=ADDISABABA ADDISABAB=ADDISABABA ANK=ANKARA ANAKRA=ANKARA ANARA=ANKARA"
            + " USUNESCOPARISFR=UNESCOPARISFR PARISFR=UNESCOPARISFR UNVIE=UNVIEVIENNA UNVIEVIEN=UNVIEVIENNA"
            + " UNVIENNA=UNVIEVIENNA STAT=STATE STAE=STATE TATE=STATE STATAE=STATE SECSTATE=STATE SECTSTATE=STATE"
            + " SECTATE=STATE SECTATWASHDC=STATE SECSTATEWASHDC=STATE SECSATATE=STATE SATTE=STATE SECDEFWASH=SECDEF"
            + " WASHDC=STATE USNATOANDUSNATO=USNATO RIO=RIODEJANEIRO RIODEJAN=RIODEJANEIRO RIODEJANIERO=RIODEJANEIRO"
            + " RIODEJANERIO=RIODEJANEIRO PORT-OF-SPAIN=PORTOFSPAIN POS=PORTOFSPAIN PAUP=PORTAUPRINCE PAP=PORTAUPRINCE"
            + " PORT-AU-PRINCE=PORTAUPRINCE PORTA=PORTAUPRINCE SANJSE=SANJOSE PANANA=PANAMA PANAM=PANAMA MADRIDSP=MADRID"
            + " SURBAYA=SURABAYA DAR=DARESSALAAM BRUSSELSBE=BRUSSELS USEUBRUSS=USEUBRUSSELS USEU=USEUBRUSSELS"
            + " USEUBRUSEELS=USEUBRUSSELS USUN=USUNNEWYORK USUNNY=USUNNEWYORK USUNNEYORK=USUNNEWYORK NEWYORK=USUNNEWYORK"
            + " USUNNEW=USUNNEWYORK HALIF=HALIFAX KUALALUMP=KUALALUMPUR KL=KUALALUMPUR WELLINGOTN=WELLINGTON"
            + " WELLLINGTON=WELLINGTON BKK=BANGKOK KINSTON=KINGSTON BISHTEK=BISHKEK VAT=VATICAN SAOPAUO=SAOPAULO"
            + " SAOPAUL=SAOPAULO SCOPAULO=SAOPAULO PAULO=SAOPAULO SAOPULO=SAOPAULO HAGUE=THEHAGUE PHNOMPEN=PHNOMPENH"
            + " PHNOMPEHN=PHNOMPENH MVD=MONTEVIDEO TRIPOLII=TRIPOLI BRASILA=BRASILIA BRAZIL=BRASILIA BRASIIA=BRASILIA"
            + " BRAZILIA=BRASILIA BRASIILIA=BRASILIA MEXICOCITY=MEXICO MEX=MEXICO BA=BUENOSAIRES BUENSOAIRES=BUENOSAIRES"
            + " BUENOSAIREDS=BUENOSAIRES BUENESAIRES=BUENOSAIRES BUENOSAIRE=BUENOSAIRES BSB=BANDARSERIBEGAWAN"
            + " BANDAR=BANDARSERIBEGAWAN BANDARSERI=BANDARSERIBEGAWAN USDA=USDAFAS USDAFASWASHDC=USDAFAS USDOCWASHDC=USDOC"
            + " DEPTOFCOMMERCE=USDOC DOC=USDOC USCUSTOMSA=USCBP BEIJINJG=BEIJING BEIJIG=BEIJING BEIJINGCH=BEIJING"
            + " MANAUGUA=MANAGUA MANAUGA=MANAGUA TGG=TEGUCIGALPA QUEBECCITY=QUEBEC ASUN=ASUNCION BASRA=BASRAH TALLIN=TALLINN"
            + " SDO=SANTODOMINGO SANTODOMINIGO=SANTODOMINGO SD=SANTODOMINGO 0TTAWA=OTTAWA SANTIAG=SANTIAGO DELHI=NEWDELHI"
            + " NEWDEHLI=NEWDELHI HCMC=HOCHIMINHCITY HCM=HOCHIMINHCITY HOCHIMINH=HOCHIMINHCITY HOCHIMIN=HOCHIMINHCITY"
            + " TAIPEI=AITTAIPEI HK=HONGKONG MUMB=MUMBAI DEPTOFJUST=USDOJ"                + " SANTIAG0=SANTIAGO COLOMOBO=COLOMBO").trim().split("\\s+");
        for (var entry : table) {
            var eq = entry.indexOf('=');
            STATIONS.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        KNOWN.addAll(STATIONS.keySet());
        KNOWN.addAll(STATIONS.values());
        KNOWN.addAll(Set.of("RIODEJANEIRO", "SAOPAULO", "THEHAGUE", "LAPAZ", "USUNNEWYORK", "PORTAUPRINCE", "PORTOFSPAIN",
                "PORTLOUIS", "PORTMORESBY", "PORTOVILLE", "BUENOSAIRES", "KUALALUMPUR", "ADDISABABA", "PHNOMPENH",
                "SANTODOMINGO", "DARESSALAAM", "NEWDELHI", "HONGKONG", "TELAVIV", "ABUDHABI", "SANJOSE", "SANSALVADOR",
                "HOCHIMINHCITY", "USUNESCOPARISFR", "UNESCOPARISFR", "USEUBRUSSELS", "BANDARSERIBEGAWAN", "CIUDADJUAREZ",
                "NUEVOLAREDO", "STPETERSBURG", "NDJAMENA", "QUEBEC", "CAPETOWN", "GUATEMALA", "PANAMA", "KUWAIT",
                "MEXICO", "ALMATY", "LAGOS", "SANAA", "CHIANGMAI", "NAHA", "SAOTOME", "DILI", "OUAGADOUGOU",
                "LUANDA", "USOSCE", "USNATO", "GUADALAJARA", "MONTERREY", "TIJUANA", "HERMOSILLO", "MATAMOROS",
                "MERIDA", "RECIFE", "BELOHORIZONTE", "PORTOALEGRE", "CASABLANCA", "ISTANBUL", "ADANA", "JEDDAH",
                "DHAHRAN", "AITTAIPEI", "USDAFAS", "SECDEF", "CDCATLANTAGA", "WINDHOEK", "BRIDGETOWN", "PARAMARIBO",
                "SANPEDROSULA", "SANTACRUZ", "MAPUTO", "COLOMBO", "KATHMANDU", "ULAANBAATAR", "VLADIVOSTOK",
                "YEKATERINBURG", "LJUBLJANA", "STATE", "USUNROME", "UNROME", "USEU", "TRIPOLI"));
    }

    private ReferenceIds() {
    }

    private static final String[] PREFIXES = {"USMISSION", "AMEMBASSY", "EMBASSY", "AMCONSUL", "CONSULATE"};

    /** The words without spaces and apostrophes: "N'DJAMENA" → "NDJAMENA", "THE HAGUE" → "THEHAGUE". */
    private static String squeeze(String printed) {
        var out = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            var c = printed.charAt(i);
            if (c != '\'' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Without a leading "AMEMBASSY" and the like; with {@code needRest}, only when three letters follow it. */
    private static String withoutPrefix(String s, boolean needRest) {
        for (var prefix : PREFIXES) {
            if (s.startsWith(prefix) && (!needRest || s.length() >= prefix.length() + 3)) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    /** The station as WikiLeaks names it, from the words a reference prints ({@code USUN NE YORK} → {@code USUNNEWYORK}). */
    static String station(String printed) {
        var s = withoutPrefix(squeeze(printed), true);
        s = s.startsWith("0") ? "O" + s.substring(1) : s;
        return STATIONS.getOrDefault(s, s);
    }

    /** Whether these words, joined, name a post (or a known form of one). */
    static boolean isKnownStation(String printed) {
        var s = squeeze(printed);
        return KNOWN.contains(s) || KNOWN.contains(withoutPrefix(s, false));
    }

    /** A reference ID in its canonical form: {@code 05UNVIE1} → {@code 05UNVIEVIENNA1}; an ID it does not read, unchanged. */
    public static String canonical(String refId) {
        var m = ID.matcher(refId);
        if (!m.matches()) {
            return refId;
        }
        return m.group(1) + station(m.group(2).replace("-", "")) + m.group(3);
    }
}
