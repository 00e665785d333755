package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.OrganisationDetails;
import al.rrjeti.kernel.organisation.OrganisationRegistration;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.organisation.OrganisationVerification;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test deployments only: makes an account holding a role, the way the platform would have
 * given it (network roles through a verified organisation, of which the account is the
 * representative; {@code organisation} names it), for tests driven over HTTP.
 */
@Path("test-support/accounts")
@RequestScoped
public class TestSupportResource {

    @Inject
    private Fixtures fixtures;

    @Inject
    private OrganisationRegistration registration;

    @Inject
    private OrganisationVerification verification;

    @POST
    // A test backdoor, not part of the API's contract.
    @Operation(hidden = true)
    public String create(@QueryParam("email") String email, @QueryParam("role") String roleName,
            @QueryParam("organisation") String organisationName) {
        if (roleName.contains(",")) {
            // Staff with several roles at once (editor,moderator,operator): one visitor who sees what each sees.
            Role[] roles = java.util.Arrays.stream(roleName.split(","))
                    .map(r -> Role.valueOf(r.strip().toUpperCase(Locale.ROOT))).toArray(Role[]::new);
            fixtures.account(email, "staff", java.util.stream.Stream.concat(java.util.stream.Stream.of(Role.CITIZEN),
                    java.util.Arrays.stream(roles)).toArray(Role[]::new));
            return email;
        }
        Role role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
        OrganisationType network = switch (role) {
            case CSO_MEMBER -> OrganisationType.CSO;
            case INSTITUTION_MEMBER -> OrganisationType.INSTITUTION;
            case BUSINESS -> OrganisationType.BUSINESS;
            case MEDIA -> OrganisationType.MEDIA;
            default -> null;
        };
        if (network == null) {
            fixtures.account(email, roleName, Role.CITIZEN, role);
            return email;
        }
        fixtures.account(email, roleName, Role.CITIZEN);
        ActingUser.actAs(email);
        Organisation org = registration.register(new OrganisationDetails(network,
                organisationName == null || organisationName.isBlank() ? "Org " + email : organisationName, "NR-" + email.hashCode(),
                null, null, email, "Përshkrim", "Description"), null,
                new Upload(new ByteArrayInputStream(Fixtures.pdf()), "proof.pdf"));
        ActingUser.actAs("operator@rrjeti.local");
        verification.verify(org.getId());
        ActingUser.actAs(null);
        return email;
    }
}
