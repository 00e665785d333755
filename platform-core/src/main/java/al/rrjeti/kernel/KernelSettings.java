package al.rrjeti.kernel;

import al.rrjeti.kernel.spi.Setting;
import java.util.List;

/**
 * The configuration keys the kernel itself reads, declared as modules declare theirs, so that the
 * operator console lists every key of the installation and a test holds the README's table to them.
 */
public final class KernelSettings {

    private KernelSettings() {
    }

    public static final List<Setting> ALL = List.of(
            s("rrjeti.db.name", "rrjeti-data/derby", "Dosja e bazës Derby (ose emri i bazës për një drejtues tjetër)",
                    "Derby database folder (or database name for another driver)"),
            s("rrjeti.db.class", "org.apache.derby.jdbc.EmbeddedDataSource", "Klasa e burimit të të dhënave JDBC",
                    "JDBC data source class"),
            s("rrjeti.db.user", "rrjeti", "Përdoruesi i bazës (për Derby: skema)", "Database user (for Derby: the schema)"),
            secret("rrjeti.db.password", "rrjeti", "Fjalëkalimi i bazës", "Database password"),
            s("rrjeti.db.create", "create", "Krijo bazën Derby në përdorimin e parë", "Create the Derby database on first use"),
            s("rrjeti.operator.email", "operator@rrjeti.local", "Llogaria e operatorit që krijohet në një bazë pa të",
                    "The operator account created on a database without one"),
            secret("rrjeti.operator.password", "Rrjeti-Operator-1", "Fjalëkalimi i saj (ndryshojeni para nisjes së parë)",
                    "Its password (change it before the first start)"),
            s("rrjeti.operator.name", "Operatori", "Emri i shfaqur i operatorit", "The operator's display name"),
            s("rrjeti.timezone", "Europe/Tirane", "Zona kohore e datave në faqe", "Time zone of dates shown on pages"),
            s("rrjeti.base-url", "http://localhost:8080", "Adresa publike e platformës, për lidhjet në e-mail",
                    "The platform's public address, for links in mails"),
            s("rrjeti.mail.smtp.host", null, "Serveri SMTP; pa të, çdo e-mail pret në kutinë dalëse",
                    "SMTP server; with none, every mail waits in the outbox"),
            s("rrjeti.mail.smtp.port", "25", "Porta SMTP", "SMTP port"),
            s("rrjeti.mail.smtp.user", null, "Përdoruesi SMTP", "SMTP login"),
            secret("rrjeti.mail.smtp.password", null, "Fjalëkalimi SMTP", "SMTP password"),
            s("rrjeti.mail.smtp.starttls", "false", "Përdor STARTTLS", "Use STARTTLS"),
            s("rrjeti.mail.from", "Rrjeti <noreply@rrjeti.local>", "Dërguesi i çdo e-maili", "Sender of every mail"),
            s("rrjeti.mail.outbox.public", "false", "Pa SMTP, kutia dalëse e provës për të ardhurit e rinj",
                    "Without SMTP, the trial outbox for newcomers"),
            s("rrjeti.data.dir", "rrjeti-data", "Dosja e skedarëve të ngarkuar dhe e indeksit të kërkimit",
                    "Folder of uploaded files and the search index"),
            s("rrjeti.page-cache.max-mb", "64",
                    "Megabajtët e faqeve që mbahen në kujtesë për lexuesit anonimë (0: pa kujtesë faqesh)",
                    "Megabytes of pages kept in memory for anonymous readers (0: no page cache)"),
            s("rrjeti.page-cache.max-age-seconds", "300",
                    "Sekondat më të shumta që mbahet një faqe (çdo ndryshim e heq menjëherë)",
                    "Most seconds a page is kept (every change drops it at once)"),
            s("rrjeti.digest.hour", "7", "Ora e ditës kur niset përmbledhja ditore e njoftimeve",
                    "Hour of the day the daily notification summary goes out"),
            s("rrjeti.files.max-image-pixels", "16000000",
                    "Pikselat më të shumtë (gjerësi × lartësi, lexuar nga koka e skedarit) që mund të ketë një figurë e ngarkuar",
                    "Most pixels (width × height, read from the file's header) an uploaded image may have"),
            s("rrjeti.calendar.eid-al-fitr", "2025-03-30,2026-03-20",
                    "Bajrami i Madh, data ISO të ndara me presje, siç i shpall Komuniteti Mysliman i Shqipërisë",
                    "Eid al-Fitr, ISO dates separated by commas, as the Muslim Community of Albania announces them"),
            s("rrjeti.calendar.eid-al-adha", "2025-06-06,2026-05-27",
                    "Kurban Bajrami, data ISO të ndara me presje", "Eid al-Adha, ISO dates separated by commas"),
            s("rrjeti.calendar.days-off", "2025-01-03,2025-12-26",
                    "Ditët pushim që shpall Këshilli i Ministrave (ditë ura), data ISO të ndara me presje",
                    "Days off the Council of Ministers declares (bridge days), ISO dates separated by commas"),
            s("rrjeti.demo.enabled", "false",
                    "Përmbajtja demonstruese e një instalimi prove (organizata, tema, botime, të shënuara si demonstrim)",
                    "A trial installation's demonstration content (organisations, threads, publications, marked as such)"),
            s("rrjeti.limits.registrations-per-hour", "60",
                    "Regjistrimet që mund të bëjë një adresë klienti në orë (sa për një klasë ose një zyrë pas një adrese)",
                    "Registrations one client address may make per hour (enough for a classroom or an office behind one address)"),
            s("rrjeti.security.password-iterations", "600000",
                    "Përsëritjet PBKDF2 për çdo fjalëkalim (këshilla e OWASP; më pak vetëm në serverat e testimit, së paku 1024)",
                    "PBKDF2 iterations per password (OWASP's advice; fewer only on test servers, at least 1024)"),
            secret("rrjeti.secret", null,
                    "Sekreti i instalimit për hash-et me çelës (HMAC): jashtë bazës, së paku 32 shenja, kurrë i ndryshuar",
                    "The installation's secret for keyed hashes (HMAC): outside the database, at least 32 characters, never changed"),
            s("rrjeti.proxies.trusted", null,
                    "Adresat e proxy-ve të kthyer para platformës, të cilave u besohet X-Forwarded-For / Forwarded",
                    "Addresses of the reverse proxies in front of the platform, whose X-Forwarded-For / Forwarded is trusted"));

    private static Setting s(String key, String def, String sq, String en) {
        return new Setting(key, def, sq, en, false);
    }

    private static Setting secret(String key, String def, String sq, String en) {
        return new Setting(key, def, sq, en, true);
    }
}
