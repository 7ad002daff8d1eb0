package com.creditdesk.logic.county;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.ledger.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountyProfileTest {

    static final Path COUNTIES = Path.of("installer/counties");

    static final String MINIMAL = """
            county.code=370883
            county.name=邹城市
            county.parentCity=济宁市
            county.province=山东省
            indicators.defaultSystem=sd-typical-2021
            campaign.preload=none
            office.name=邹城市诚信体系建设工作领导小组办公室
            branding.windowTitle=信用创建工作台 · 邹城市
            branding.installerName=邹城市信用创建工作台
            unit.2=邹城市财政局|市财政局
            unit.10=各镇人民政府、街道办事处|各镇街
            unit.1=邹城市发展和改革局|市发展改革局、市发展改革委, 市发改局
            """;

    @ParameterizedTest
    @ValueSource(strings = {"370883", "130528", "410928"})
    void everyShippedProfileIsValidAndNamedByItsCode(String code) {
        CountyProfile profile = CountyProfile.load(COUNTIES.resolve(code + ".properties"));
        assertEquals(code, profile.code());
        assertEquals(true, profile.branding().windowTitle().contains(profile.name()));
        assertEquals(true, profile.units().size() >= 15, "units: " + profile.units().size());
    }

    @Test
    void templateDiffersOnlyByItsPlaceholderCode() throws Exception {
        String template = Files.readString(COUNTIES.resolve("TEMPLATE.properties"));
        UserFacingException e = assertThrows(UserFacingException.class, () -> CountyProfile.parse(template, "T"));
        assertEquals("county.error.badCode", e.key());
        CountyProfile filled = CountyProfile.parse(template.replace("county.code=000000", "county.code=999991"), "T");
        assertEquals(3, filled.units().size());
    }

    @Test
    void unitsKeepTheirNumberedOrderKindsAndAliases() {
        CountyProfile profile = CountyProfile.parse(MINIMAL, "test");
        assertEquals("邹城市发展和改革局", profile.units().get(0).name());
        assertEquals(java.util.List.of("市发展改革局", "市发展改革委", "市发改局"), profile.units().get(0).aliases());
        assertEquals("邹城市财政局", profile.units().get(1).name());
        assertEquals(UnitKind.GROUP, profile.units().get(2).kind());
        assertEquals(CountyProfile.CampaignPreload.NONE, profile.campaignPreload());
        assertEquals(null, profile.office().phone());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "county.code=370883;county.code=37088;county.error.badCode",
            "county.code=370883;county.code=370800;county.error.badCode",
            "county.name=邹城市;county.name=  ;county.error.missing",
            "campaign.preload=none;campaign.preload=yes;county.error.badPreload",
            "indicators.defaultSystem=sd-typical-2021;indicators.defaultSystem=山东;county.error.badIndicatorSystem",
            "office.name=;ofice.name=;county.error.unknownKey",
            "unit.2=邹城市财政局|市财政局;unit.2=邹城市财政局|市发改局;county.error.duplicateName",
            "unit.2=邹城市财政局|市财政局;unit.2=邹城市财政局|市财政局|财政;county.error.badUnit",
    })
    void brokenProfilesNameTheProblem(String from, String to, String key) {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> CountyProfile.parse(MINIMAL.replace(from, to), "p.properties"));
        assertEquals(key, e.key());
        assertEquals("p.properties", e.args()[0]);
    }

    @Test
    void missingAndNonUtf8FilesGetClearMessages(@TempDir Path dir) throws Exception {
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> CountyProfile.load(dir.resolve("none.properties")));
        assertEquals("county.error.notFound", missing.key());
        Path gbk = dir.resolve("gbk.properties");
        Files.write(gbk, MINIMAL.getBytes(Charset.forName("GBK")));
        assertEquals("county.error.encoding",
                assertThrows(UserFacingException.class, () -> CountyProfile.load(gbk)).key());
        Path bom = dir.resolve("bom.properties");
        Files.writeString(bom, "\uFEFF" + MINIMAL);
        assertEquals("370883", CountyProfile.load(bom).code());
    }
}
