package dk.holbaek.experiments.api.render;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's log through the service's own ({@code com.openhtmltopdf.*} loggers), instead of its default that
 * writes every INFO line to standard error: its levels are then set like any other logger's (application.yml keeps
 * WARN), and the command line's output holds no font notes.
 */
final class PdfLog implements XRLogger {

    private static final String PREFIX = "com.openhtmltopdf.";

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger logger = LoggerFactory.getLogger(where.startsWith(PREFIX) ? where : PREFIX + where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, failure);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, failure);
        } else if (value >= Level.INFO.intValue()) {
            logger.info(message, failure);
        } else {
            logger.debug(message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the levels are the service's logging configuration's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(PREFIX + diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                : value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                : value >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
    }
}
