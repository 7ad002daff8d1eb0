package com.creditdesk.logic.importer;

import java.util.ArrayList;
import java.util.List;

/** The document's leading title lines: the short paragraphs before the first one that reads like text. */
final class TitleLines {

    private static final int MAX_LENGTH = 40;

    private TitleLines() {
    }

    static List<String> leading(List<String> paragraphs) {
        List<String> title = new ArrayList<>();
        for (String text : paragraphs) {
            if (text.length() > MAX_LENGTH || text.endsWith("：") || text.endsWith(":") || text.endsWith("。")) {
                break;
            }
            title.add(text);
        }
        return title;
    }
}
