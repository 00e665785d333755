package al.rrjeti.library.tutorials;

import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.library.tutorials.TutorialRecorder.Step;
import al.rrjeti.library.tutorials.TutorialRecorder.Tutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** What the two tutorials show and say: each step's action and its narration in sq and en. */
final class Scripts {

    private static final String PASSWORD = "Udhezuesi-2026";
    private static final Pattern CONFIRMATION = Pattern.compile("https?://\\S+\\?token=\\S+");

    private Scripts() {
    }

    /** For citizens and businesses: finding information, registering, asking in the public forum. */
    static List<Step> citizens() {
        return List.of(
                new Step("Mirë se vini në Rrjeti, platformën e rrjetit shqiptar kundër korrupsionit. "
                        + "Ky udhëzues tregon si të gjeni informacion, si të regjistroheni dhe si të bëni një pyetje.",
                        "Welcome to Rrjeti, the platform of Albania's anti-corruption network. This tutorial shows "
                                + "how to find information, register and ask a question.",
                        t -> t.person().open("/")),
                new Step("Biblioteka mbledh raporte monitorimi, studime, ligje dhe udhëzues në gjuhë të thjeshtë. "
                        + "Të gjitha lexohen pa llogari.",
                        "The library holds monitoring reports, studies, laws and plain-language guides. "
                                + "Everything can be read without an account.",
                        t -> t.person().open("/library/")),
                new Step("Paketa e informacionit shpjegon institucionet, ligjet dhe kanalet e denoncimit.",
                        "The information package explains the institutions, the laws and the reporting channels.",
                        t -> t.person().open("/library/info/")),
                new Step("Këtu shihni ku dhe si mund të denonconi një rast korrupsioni, hap pas hapi.",
                        "Here you see where and how to report a case of corruption, step by step.",
                        t -> t.person().open("/library/info/section.xhtml?s=channels")),
                new Step("Kërkimi gjen fjalën në çdo trajtë të saj, në biblioteke dhe në forum.",
                        "Search finds a word in any of its forms, in the library and in the forum.",
                        t -> {
                            Browser b = t.person();
                            b.open("/");
                            b.find("#header-q").sendKeys("ryshfet\n");
                            b.waitFor("main");
                        }),
                new Step("Për të pyetur në forum, krijoni një llogari: emri, adresa e e-mailit dhe një fjalëkalim.",
                        "To ask in the forum, create an account: a name, an e-mail address and a password.",
                        t -> {
                            Browser b = t.person();
                            b.open("/account/register.xhtml");
                            b.find("input[id='register:displayName']").sendKeys("Arta");
                            b.find("input[id='register:email']").sendKeys("arta." + t.run + "@example.al");
                            b.find("input[id='register:password']").sendKeys(PASSWORD);
                            b.find("input[id='register:consent']").click();
                            scrollTop(b);
                        }),
                new Step("Platforma ju dërgon një e-mail. Hapni lidhjen në të për të konfirmuar adresën.",
                        "The platform sends you an e-mail. Open the link in it to confirm your address.",
                        t -> t.person().submit("button[id='register:submit']")),
                new Step("Llogaria juaj është aktive. Tani mund të hyni.",
                        "Your account is active. You can now log in.",
                        t -> confirm(t.person())),
                new Step("Hyni me adresën dhe fjalëkalimin tuaj.",
                        "Log in with your address and your password.",
                        t -> {
                            Browser b = t.person();
                            b.open("/login.xhtml");
                            b.find("input[id='login:email']").sendKeys("arta." + t.run + "@example.al");
                            b.find("input[id='login:password']").sendKeys(PASSWORD);
                        }),
                new Step("Forumi publik ka kategori për pyetje dhe kërkesa për informacion.",
                        "The public forum has categories for questions and requests for information.",
                        t -> {
                            Browser b = t.person();
                            b.submit("button[id='login:submit']");
                            b.open("/forum/");
                        }),
                new Step("Zgjidhni kategorinë, shkruani titullin dhe pyetjen tuaj. Mund të përmendni një institucion.",
                        "Choose the category, write your title and your question. You may mention an institution.",
                        t -> {
                            Browser b = t.person();
                            b.open("/forum/category.xhtml?id=" + categoryId(b, "Si të denoncoj"));
                            b.submit("a[id='category:new-thread']");
                            new Select(b.find("select[id='thread:kind']")).selectByValue("QUESTION");
                            b.find("input[id='thread:title']").sendKeys("Ku ta denoncoj një kërkesë për ryshfet?");
                            b.find("textarea[id='thread:body']").sendKeys(
                                    "Një nëpunës më kërkoi para për një leje. Cili institucion e merr këtë denoncim?");
                        }),
                new Step("Pyetja e parë e një llogarie të re lexohet nga një moderator para se të shfaqet. "
                        + "Institucionet përgjigjen zyrtarisht, dhe ju njoftoheni.",
                        "A new account's first question is read by a moderator before it shows. "
                                + "Institutions answer officially, and you are notified.",
                        t -> t.person().submit("button[id='thread:start']")),
                new Step("Në faqen kryesore gjeni edhe anketat dhe fushatat. Faleminderit që ndihmoni në luftën "
                        + "kundër korrupsionit.",
                        "On the home page you also find the surveys and the campaigns. Thank you for helping "
                                + "fight corruption.",
                        t -> t.person().open("/")));
    }

    /** For CSOs and institutions: registering the organisation, its verification, the network forum. */
    static List<Step> network() {
        return List.of(
                new Step("Ky udhëzues është për organizatat e shoqërisë civile dhe institucionet: regjistrimi "
                        + "i organizatës, verifikimi dhe forumi i rrjetit.",
                        "This tutorial is for civil-society organisations and institutions: registering the "
                                + "organisation, its verification and the network forum.",
                        t -> t.person().open("/organisations/")),
                new Step("Përfaqësuesi krijon së pari llogarinë e vet dhe e konfirmon me lidhjen e e-mailit.",
                        "The representative first creates their own account and confirms it with the e-mail link.",
                        t -> {
                            Browser b = t.person();
                            b.open("/account/register.xhtml");
                            b.find("input[id='register:displayName']").sendKeys("Elira");
                            b.find("input[id='register:email']").sendKeys("elira." + t.run + "@example.al");
                            b.find("input[id='register:password']").sendKeys(PASSWORD);
                            b.find("input[id='register:consent']").click();
                            b.submit("button[id='register:submit']");
                        }),
                new Step("Pastaj regjistron organizatën: lloji, emri, numri i regjistrimit, kontakti dhe një "
                        + "dokument që provon regjistrimin.",
                        "Then they register the organisation: its type, name, registration number, contact and a "
                                + "document proving the registration.",
                        t -> {
                            Browser b = t.person();
                            Path proof = Files.write(Files.createTempFile("ekstrakt", ".pdf"), Fixtures.pdf());
                            confirm(b);
                            logIn(b, "elira." + t.run + "@example.al");
                            b.open("/organisations/register.xhtml");
                            new Select(b.find("select[id='organisation:type']")).selectByValue("CSO");
                            b.find("input[id='organisation:name']").sendKeys(organisation(t));
                            b.find("input[id='organisation:registrationNumber']")
                                    .sendKeys("L" + t.run.toUpperCase(Locale.ROOT));
                            b.find("input[id='organisation:contactEmail']").sendKeys("info@example.al");
                            b.find("textarea[id='organisation:descriptionSq']")
                                    .sendKeys("Monitorojmë prokurimet publike në qytetin tonë.");
                            b.find("input[id='organisation:proof']").sendKeys(proof.toString());
                            scrollTop(b);
                        }),
                new Step("Organizata pret verifikimin. Deri atëherë nuk shfaqet në listë.",
                        "The organisation waits for verification. Until then it does not show in the list.",
                        t -> t.person().submit("button[id='organisation:submit']")),
                new Step("Operatori i platformës sheh organizatat që presin dhe kontrollon dokumentin.",
                        "The platform's operator sees the organisations waiting and checks the document.",
                        t -> {
                            Browser op = t.operator();
                            logIn(op, "operator@rrjeti.local", System.getProperty("tutorial.operator.password",
                                    "Rrjeti-Operator-1"));
                            op.open("/moderation/organisations.xhtml");
                        }),
                new Step("Kur gjithçka është në rregull, e verifikon. Përfaqësuesi njoftohet menjëherë.",
                        "When everything is in order, they verify it. The representative is notified at once.",
                        t -> {
                            Browser op = t.operator();
                            op.driver().findElement(By.linkText(organisation(t))).click();
                            op.submit("button[id='decision:verify']");
                        }),
                new Step("Organizata e verifikuar ka faqen e vet publike dhe mund të ftojë anëtarët e saj.",
                        "The verified organisation has its own public page and can invite its members.",
                        t -> {
                            Browser b = t.person();
                            b.open("/organisations/");
                            b.driver().findElement(By.linkText(organisation(t))).click();
                        }),
                new Step("Anëtarët e rrjetit kanë një forum të tyre, për veprime të përbashkëta.",
                        "The network's members have a forum of their own, for joint action.",
                        t -> {
                            Browser b = t.person();
                            b.open("/forum/");
                            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})",
                                    b.driver().findElement(By.linkText("Veprime të përbashkëta")));
                        }),
                new Step("Një temë e re në forumin e rrjetit e lexojnë vetëm anëtarët e organizatave të verifikuara.",
                        "A new topic in the network forum is read only by members of verified organisations.",
                        t -> {
                            Browser b = t.person();
                            b.open("/forum/category.xhtml?id=" + categoryId(b, "Veprime të përbashkëta"));
                            b.submit("a[id='category:new-thread']");
                            new Select(b.find("select[id='thread:kind']")).selectByValue("DISCUSSION");
                            b.find("input[id='thread:title']").sendKeys("Monitorimi i përbashkët i prokurimeve");
                            b.find("textarea[id='thread:body']")
                                    .sendKeys("Propozoj të ndajmë punën për raportin e vitit që vjen.");
                            b.submit("button[id='thread:start']");
                        }),
                new Step("Anëtarët kanë edhe bisedën dhe takimet online, dhe mund të nënshkruajnë qëndrime "
                        + "të përbashkëta. Mirë se vini në rrjet.",
                        "Members also have the chat and online meetings, and can co-sign joint positions. "
                                + "Welcome to the network.",
                        t -> t.person().open("/chat/")));
    }

    private static String organisation(Tutor t) {
        return "Qendra për Transparencë " + t.run.toUpperCase(Locale.ROOT);
    }

    private static void confirm(Browser b) {
        Matcher link = CONFIRMATION.matcher(b.text("#trial-mail-body"));
        if (!link.find()) {
            throw new IllegalStateException("no confirmation link: is the platform a trial without SMTP?");
        }
        b.driver().get(link.group());
    }

    private static void logIn(Browser b, String email) {
        logIn(b, email, PASSWORD);
    }

    private static void logIn(Browser b, String email, String password) {
        b.open("/login.xhtml");
        b.find("input[id='login:email']").sendKeys(email);
        b.find("input[id='login:password']").sendKeys(password);
        b.submit("button[id='login:submit']");
    }

    private static void scrollTop(Browser b) {
        ((JavascriptExecutor) b.driver()).executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
    }

    private static String categoryId(Browser b, String name) {
        b.open("/forum/");
        return b.driver().findElement(By.linkText(name)).getAttribute("href").replaceAll(".*id=(\\d+).*", "$1");
    }
}
