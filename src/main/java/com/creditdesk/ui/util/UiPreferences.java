package com.creditdesk.ui.util;

import com.creditdesk.logic.db.ServerAddress;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the window remembers on this PC (java.util.prefs): size and position, column widths,
 * sort order and the language. Data-related settings live in the database instead.
 */
public final class UiPreferences {

    private static final String LANGUAGE = "language";
    private static final String SERVER_URL = "database.server.url";
    private static final String SERVER_USER = "database.server.user";
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("com/creditdesk/ui"));
    }

    public String language() {
        return node.get(LANGUAGE, null);
    }

    public void setLanguage(String tag) {
        node.put(LANGUAGE, tag);
    }

    /** The server database chosen under 设置 on this PC (never its password), if any. */
    public Optional<ServerAddress> server() {
        String url = node.get(SERVER_URL, null);
        return url == null ? Optional.empty() : Optional.of(new ServerAddress(url, node.get(SERVER_USER, null)));
    }

    /** Works on {@code server} from the next start; null: back to the embedded database file. */
    public void setServer(ServerAddress server) {
        if (server == null) {
            node.remove(SERVER_URL);
            node.remove(SERVER_USER);
            return;
        }
        node.put(SERVER_URL, server.url());
        if (server.user() == null) {
            node.remove(SERVER_USER);
        } else {
            node.put(SERVER_USER, server.user());
        }
    }

    public void restoreWindow(Stage stage, double defaultWidth, double defaultHeight) {
        stage.setWidth(node.getDouble("window.width", defaultWidth));
        stage.setHeight(node.getDouble("window.height", defaultHeight));
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    public void saveWindow(Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
        }
    }

    /** Restores column widths and sort order of {@code table} now and saves them whenever they change. */
    public <S> void rememberColumns(String tableKey, TreeTableView<S> table) {
        for (TreeTableColumn<S, ?> column : table.getColumns()) {
            String key = tableKey + ".width." + column.getId();
            double width = node.getDouble(key, -1);
            if (width > 0) {
                column.setPrefWidth(width);
            }
            column.widthProperty().addListener((obs, old, now) -> node.putDouble(key, now.doubleValue()));
        }
        String sort = node.get(tableKey + ".sort", "");
        List<TreeTableColumn<S, ?>> order = new ArrayList<>();
        for (String part : sort.split(",")) {
            String[] idAndType = part.split(":");
            table.getColumns().stream().filter(c -> c.getId().equals(idAndType[0])).findFirst().ifPresent(c -> {
                if (idAndType.length > 1) {
                    c.setSortType(TreeTableColumn.SortType.valueOf(idAndType[1]));
                }
                order.add(c);
            });
        }
        table.getSortOrder().setAll(order);
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TreeTableColumn<S, ?>>) change -> saveSort(tableKey, table));
        for (TreeTableColumn<S, ?> column : table.getColumns()) {
            column.sortTypeProperty().addListener((obs, old, now) -> saveSort(tableKey, table));
        }
    }

    private <S> void saveSort(String tableKey, TreeTableView<S> table) {
        List<String> parts = new ArrayList<>();
        for (TreeTableColumn<S, ?> column : table.getSortOrder()) {
            parts.add(column.getId() + ":" + column.getSortType().name());
        }
        node.put(tableKey + ".sort", String.join(",", parts));
    }
}
