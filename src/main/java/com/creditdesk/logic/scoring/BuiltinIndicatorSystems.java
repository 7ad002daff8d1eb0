package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.indicator.IndicatorSystem;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The indicator systems shipped as JSON resources under /indicators/ (one file per system). */
public final class BuiltinIndicatorSystems {

    /** Resource names, in the order the systems are listed. */
    public static final List<String> RESOURCES = List.of(
            "indicators/xingtai-2021-demo-district.json",
            "indicators/puyang-2021-demo-city.json",
            "indicators/quzhou-hard-indicators.json",
            "indicators/shandong-typical-city-zoucheng-2022.json");

    private BuiltinIndicatorSystems() {
    }

    public static List<IndicatorSystem> load() {
        IndicatorJson json = new IndicatorJson();
        List<IndicatorSystem> systems = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = BuiltinIndicatorSystems.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UserFacingException("scoring.system.load", resource, "not found");
                }
                systems.add(json.readSystem(in, resource));
            } catch (IOException e) {
                throw new UserFacingException(e, "scoring.system.load", resource, e.getMessage());
            }
        }
        return List.copyOf(systems);
    }

    public static Optional<IndicatorSystem> find(String code) {
        return load().stream().filter(system -> system.code().equals(code)).findFirst();
    }
}
