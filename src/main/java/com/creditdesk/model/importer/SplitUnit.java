package com.creditdesk.model.importer;

import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitRole;

/** One unit name cut out of a 责任单位 text, with the role the text gives it and a guess of its kind. */
public record SplitUnit(String name, UnitRole role, UnitKind kind) {
}
