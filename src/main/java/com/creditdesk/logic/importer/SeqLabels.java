package com.creditdesk.logic.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbering written at the start of a heading: 一、 / （三） / (3) / 1. */
final class SeqLabels {

    private static final Pattern LABEL = Pattern.compile("^\\s*([一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百0-9]+[）)]|[0-9]+[、．.])");

    private SeqLabels() {
    }

    /** The label as written, punctuation included (一、 / （三）), or null. */
    static String leadingLabel(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LABEL.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
