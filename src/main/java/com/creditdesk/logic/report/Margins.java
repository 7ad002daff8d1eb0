package com.creditdesk.logic.report;

import com.creditdesk.model.report.PageOrientation;

/**
 * Page margins in millimetres after GB/T 9704 (公文格式): portrait top 37, bottom 35, left 28,
 * right 26; a landscape page is the portrait page turned, so its binding edge stays at the top.
 */
record Margins(double top, double bottom, double left, double right) {

    static Margins of(PageOrientation orientation) {
        return orientation == PageOrientation.LANDSCAPE ? new Margins(28, 26, 35, 37) : new Margins(37, 35, 28, 26);
    }
}
