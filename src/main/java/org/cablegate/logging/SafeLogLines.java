package org.cablegate.logging;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.sql.SQLException;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Log lines at INFO and above carry no stack trace, no class name and no SQL (whoever wrote them: this service,
 * Hibernate, Vert.x, the driver): a stack trace becomes the database's SQLState and error code when there is one, SQL
 * statements and exception class names in the text are replaced. Lines at DEBUG, and every line of a category an
 * operator has set to DEBUG, are left whole: that is where the stack traces are. A 5xx answer's incident ID is logged
 * at ERROR and its stack trace at DEBUG ({@code ProblemMappers}).
 */
@LoggingFilter(name = "safe-log-lines")
public final class SafeLogLines implements Filter {

    /** Hibernate's "[insert into …]", the driver's "Query is: …", a bare statement after a colon. */
    private static final Pattern SQL = Pattern.compile(
            "\\[\\s*(?i:select|insert|update|delete|replace|with|create|alter|drop|truncate|load\\s+data|call)\\b[^\\]]*\\]"
                    + "|(?i:query is|sql|statement)\\s*:\\s*.*$"
                    + "|(?i:\\b(?:select\\s+.+?\\s+from|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b).*$",
            Pattern.DOTALL | Pattern.MULTILINE);
    /** A qualified Java class name: package segments, then a capitalised type (java.sql.SQLException, a.b.C$D). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() < Level.INFO.intValue() || debugging(record.getLoggerName())) {
            return true;
        }
        var thrown = record.getThrown();
        var text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        var safe = clean(text == null ? "" : text);
        if (thrown != null) {
            safe = safe + " (" + cause(thrown) + ")";
            record.setThrown(null);
        }
        if (!safe.equals(text)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(safe, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(safe);
            }
            record.setParameters(null);
        }
        return true;
    }

    private static boolean debugging(String category) {
        return category != null && org.jboss.logmanager.Logger.getLogger(category).isLoggable(Level.FINE);
    }

    static String clean(String text) {
        return CLASS_NAME.matcher(SQL.matcher(text).replaceAll("[SQL omitted]")).replaceAll("[class omitted]");
    }

    /** What an operator can act on without the stack trace: the database's codes, else where to find the trace. */
    static String cause(Throwable thrown) {
        for (var t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return "SQLState " + sql.getSQLState() + ", error " + sql.getErrorCode()
                        + "; the stack trace is logged with this category at DEBUG";
            }
        }
        return "the stack trace is logged with this category at DEBUG";
    }
}
