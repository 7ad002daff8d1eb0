package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.county.CountyProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseChoiceTest {

    private static final ServerAddress CITY = new ServerAddress("jdbc:postgresql://10.0.0.5/creditdesk", "city");
    private static final ServerAddress SAVED = new ServerAddress("jdbc:postgresql://10.0.0.6/creditdesk", null);
    private static final CountyProfile PROFILE = CountyProfile.parse(
            com.creditdesk.logic.county.CountyProfileTestData.MINIMAL + "db.url=jdbc:postgresql://10.0.0.7/creditdesk\ndb.user=zoucheng\n", "t");

    @Test
    void commandLineThenSavedSettingThenCountyProfileThenTheDefaultFile() {
        assertEquals(CITY, DatabaseChoice.resolve(Optional.of(CITY), null, Optional.of(SAVED), Optional.of(PROFILE)).server());
        DatabaseChoice file = DatabaseChoice.resolve(Optional.empty(), Path.of("/tmp/x"), Optional.of(SAVED), Optional.of(PROFILE));
        assertFalse(file.isServer());
        assertEquals(Path.of("/tmp/x"), file.file());
        assertEquals(SAVED, DatabaseChoice.resolve(Optional.empty(), null, Optional.of(SAVED), Optional.of(PROFILE)).server());
        ServerAddress county = DatabaseChoice.resolve(Optional.empty(), null, Optional.empty(), Optional.of(PROFILE)).server();
        assertEquals("zoucheng", county.user());
        assertNull(DatabaseChoice.resolve(Optional.empty(), null, Optional.empty(), Optional.empty()).server());
    }

    @Test
    void aPasswordInTheUrlIsNeverShownNorSaved() {
        ServerAddress withPassword = new ServerAddress("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true", null);
        assertFalse(withPassword.description().contains("s3cret"), withPassword.description());
        assertTrue(withPassword.description().contains("password=***&ssl=true"));
        assertEquals("error.server.passwordInUrl", assertThrows(UserFacingException.class, withPassword::withoutPassword).key());
        assertEquals("error.server.badUrl", assertThrows(UserFacingException.class,
                () -> new ServerAddress("jdbc:mysql://h/db", null)).key());
        assertEquals("county.error.badDbUrl", assertThrows(UserFacingException.class, () -> CountyProfile.parse(
                com.creditdesk.logic.county.CountyProfileTestData.MINIMAL + "db.url=//h/db\n", "t")).key());
    }

    @Test
    void anUnreachableServerGetsAClearMessage() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> Database.openServer(new ServerAddress("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "x"), null));
        assertEquals("error.server.unreachable", e.key());
    }
}
