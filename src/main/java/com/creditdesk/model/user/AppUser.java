package com.creditdesk.model.user;

/** A login of a shared server database; {@code countyCode} is set for county users. */
public record AppUser(long id, String name, Role role, String countyCode, boolean active) {
}
