package com.creditdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static com.creditdesk.cli.CommandLineAppTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountyCommandTest {

    @Test
    void printsAProfileFileAsJson() throws Exception {
        CommandLineAppTest.Run r = run("", "county", "--file", "installer/counties/410928.properties");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("濮阳县", json.get("name").asText());
        assertEquals("410928", json.get("code").asText());
        assertEquals("none", json.get("campaignPreload").asText());
        assertEquals("县发改委", json.get("units").get(0).get("aliases").get(1).asText());
        assertEquals(true, json.get("office").get("phone").isNull());
    }

    @Test
    void withoutABakedInProfileItSaysSo() {
        CommandLineAppTest.Run r = run("", "county");
        assertEquals(1, r.code());
        assertEquals(true, r.err().startsWith("本程序没有内置县（市、区）配置"), r.err());
        assertEquals(2, run("", "county", "--bogus").code());
    }
}
