package com.creditdesk.logic.user;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.model.user.AppUser;
import com.creditdesk.model.user.Role;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class UserServiceTest {

    private final Database db = TestDatabases.fresh();
    private final UserService users = new UserService(db.dsl());

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String key(Runnable action) {
        return assertThrows(UserFacingException.class, action::run).key();
    }

    @Test
    void theFirstUserBecomesCityCoordinatorAndLogsInWithItsPasswordOnly() {
        assertFalse(users.hasUsers());
        AppUser admin = users.createFirst("市信用办", "信用办2024!".toCharArray());
        assertEquals(Role.CITY_COORDINATOR, admin.role());
        assertEquals("login.error.notFirst", key(() -> users.createFirst("另一个", "password123".toCharArray())));

        assertEquals(admin, users.logIn(" 市信用办 ", "信用办2024!".toCharArray()));
        assertEquals("login.error.failed", key(() -> users.logIn("市信用办", "wrong-password".toCharArray())));
        assertEquals("login.error.failed", key(() -> users.logIn("无此人", "信用办2024!".toCharArray())));
        String stored = db.dsl().select(com.creditdesk.logic.db.generated.Tables.APP_USER.PASSWORD_HASH)
                .from(com.creditdesk.logic.db.generated.Tables.APP_USER).fetchOne().value1();
        assertTrue(stored.startsWith("pbkdf2-sha256$") && !stored.contains("信用办2024!"), stored);
    }

    @Test
    void onlyTheCityCoordinatorCreatesUsersAndCountyUsersNeedTheirCounty() {
        AccessScope city = AccessScope.of(users.createFirst("市信用办", "password-1".toCharArray()));
        AppUser county = users.create(city, "邹城王", Role.COUNTY_COORDINATOR, "370883", "password-2".toCharArray());
        assertEquals("370883", county.countyCode());
        AccessScope countyScope = AccessScope.of(county);

        assertEquals("error.access.cityOnly", key(() -> users.create(countyScope, "x", Role.LEADER_READONLY, null, "password-3".toCharArray())));
        assertEquals("user.error.countyRequired", key(() -> users.create(city, "县里", Role.COUNTY_COORDINATOR, null, "password-3".toCharArray())));
        assertEquals("user.error.badCounty", key(() -> users.create(city, "县里", Role.COUNTY_COORDINATOR, "37088", "password-3".toCharArray())));
        assertEquals("user.error.shortPassword", key(() -> users.create(city, "短", Role.LEADER_READONLY, null, "short".toCharArray())));
        assertEquals("user.error.exists", key(() -> users.create(city, "邹城王", Role.LEADER_READONLY, null, "password-3".toCharArray())));

        users.changePassword(countyScope, "邹城王", "new-password".toCharArray());
        assertEquals(county, users.logIn("邹城王", "new-password".toCharArray()));
        assertEquals("error.access.cityOnly", key(() -> users.changePassword(countyScope, "市信用办", "hijacked!!".toCharArray())));
        assertEquals(2, users.list().size());
        assertTrue(new AuditLog(db.dsl()).list("app_user", null, 10).stream().noneMatch(e ->
                String.valueOf(e.newValue()).contains("new-password")), "no password in the audit trail");
    }
}
