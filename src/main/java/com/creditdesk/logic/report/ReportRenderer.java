package com.creditdesk.logic.report;

import com.creditdesk.model.report.Report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} in one file format. */
public interface ReportRenderer {

    void render(Report report, OutputStream out) throws IOException;
}
