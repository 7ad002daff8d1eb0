package com.creditdesk.model.deadline;

import java.time.LocalDate;

/** One dated step inside a deadline cell, e.g. "6 月底前重错码率低于万分之一"; text is the clause it comes from. */
public record Milestone(String text, LocalDate due) {
}
