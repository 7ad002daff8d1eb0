package com.creditdesk.logic.user;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.generated.tables.records.AppUserRecord;
import com.creditdesk.model.user.AppUser;
import com.creditdesk.model.user.Role;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.creditdesk.logic.db.generated.Tables.APP_USER;

/**
 * The logins of a shared server database: log in, create users (the city coordinator; the very
 * first user of an empty server becomes one), change passwords. Every change is audited.
 */
public final class UserService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_NAME_LENGTH = 100;
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");

    private final DSLContext dsl;
    private final PasswordHasher hasher = new PasswordHasher();

    public UserService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AppUser> list() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.NAME).fetch(UserService::toUser);
    }

    public boolean hasUsers() {
        return dsl.fetchExists(APP_USER);
    }

    public Optional<AppUser> find(String name) {
        return dsl.selectFrom(APP_USER).where(APP_USER.NAME.eq(name)).fetchOptional(UserService::toUser);
    }

    /** The user with this name and password; one message for an unknown name and a wrong password. */
    public AppUser logIn(String name, char[] password) {
        String clean = name == null ? "" : name.strip();
        AppUserRecord user = dsl.selectFrom(APP_USER).where(APP_USER.NAME.eq(clean)).fetchOne();
        if (user == null || !hasher.matches(password, user.getPasswordHash())) {
            throw new UserFacingException("login.error.failed", clean);
        }
        if (!Boolean.TRUE.equals(user.getActive())) {
            throw new UserFacingException("login.error.inactive", clean);
        }
        return toUser(user);
    }

    /** Creates the first user of an empty server database: a city coordinator. */
    public AppUser createFirst(String name, char[] password) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            if (tx.fetchExists(APP_USER)) {
                throw new UserFacingException("login.error.notFirst");
            }
            return insert(tx, name, Role.CITY_COORDINATOR, null, password, name);
        });
    }

    /** Creates a user; only a city coordinator may. */
    public AppUser create(AccessScope by, String name, Role role, String countyCode, char[] password) {
        by.requireCityCoordinator();
        return dsl.transactionResult(configuration ->
                insert(DSL.using(configuration), name, role, countyCode, password, by.actor()));
    }

    /** Sets a new password: one's own, or anyone's for a city coordinator. */
    public void changePassword(AccessScope by, String name, char[] password) {
        if (!by.actor().equals(name)) {
            by.requireCityCoordinator();
        }
        requirePassword(password);
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            int updated = tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, hasher.hash(password))
                    .where(APP_USER.NAME.eq(name)).execute();
            if (updated == 0) {
                throw new UserFacingException("user.error.notFound", name);
            }
            new AuditLog(tx).record(by.actor(), AuditAction.UPDATE, "app_user", null, "password", null, "***", name);
        });
    }

    private AppUser insert(DSLContext tx, String name, Role role, String countyCode, char[] password, String actor) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("user.error.badName", MAX_NAME_LENGTH);
        }
        String county = countyCode == null || countyCode.isBlank() ? null : countyCode.strip();
        if (role == Role.COUNTY_COORDINATOR && county == null) {
            throw new UserFacingException("user.error.countyRequired", clean);
        }
        if (county != null && !COUNTY_CODE.matcher(county).matches()) {
            throw new UserFacingException("user.error.badCounty", county);
        }
        requirePassword(password);
        if (tx.fetchExists(APP_USER, APP_USER.NAME.eq(clean))) {
            throw new UserFacingException("user.error.exists", clean);
        }
        long id = tx.insertInto(APP_USER)
                .set(APP_USER.NAME, clean)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.COUNTY_CODE, county)
                .set(APP_USER.PASSWORD_HASH, hasher.hash(password))
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        new AuditLog(tx).record(actor, AuditAction.INSERT, "app_user", id, "role", null,
                role.name() + (county == null ? "" : " " + county), clean);
        return new AppUser(id, clean, role, county, true);
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("user.error.shortPassword", MIN_PASSWORD_LENGTH);
        }
    }

    private static AppUser toUser(AppUserRecord r) {
        return new AppUser(r.getId(), r.getName(), Role.valueOf(r.getRole()), r.getCountyCode(),
                Boolean.TRUE.equals(r.getActive()));
    }
}
