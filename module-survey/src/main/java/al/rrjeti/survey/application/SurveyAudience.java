package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.survey.domain.RespondentGroup;
import al.rrjeti.survey.domain.Survey;
import al.rrjeti.survey.domain.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who a survey asks, checked against the caller, and the coarse group a response is counted in.
 * Roles are read as stored now; membership of the network from the directory (a verified CSO or
 * institution), since the member roles alone do not say that the organisation is still verified.
 */
@ApplicationScoped
public class SurveyAudience {

    @Inject
    private Caller caller;

    @Inject
    private OrganisationLookup organisations;

    /** Whether the caller (logged in) is among those the survey asks. */
    public boolean includesCaller(Survey survey) {
        return switch (survey.getTarget()) {
            case EVERYONE -> caller.isLoggedIn();
            case CITIZENS -> caller.hasRole(Role.CITIZEN);
            case BUSINESSES -> caller.hasRole(Role.BUSINESS);
            case MEMBERS -> isNetworkMember();
        };
    }

    /** @throws BusinessException {@code survey.target.<target>} when the survey does not ask the caller */
    public void require(Survey survey) {
        if (!includesCaller(survey)) {
            throw new BusinessException("survey.target." + survey.getTarget().key());
        }
    }

    /** The caller's respondent group: a member of the network first, then a business, then a citizen. */
    public RespondentGroup group() {
        if (isNetworkMember()) {
            return RespondentGroup.MEMBER;
        }
        if (caller.hasRole(Role.BUSINESS)) {
            return RespondentGroup.BUSINESS;
        }
        return caller.hasRole(Role.CITIZEN) ? RespondentGroup.CITIZEN : RespondentGroup.OTHER;
    }

    private boolean isNetworkMember() {
        return caller.hasAnyRole(Role.MEMBERS) && caller.account().map(p -> organisations.membershipsOf(p.getId())
                .stream().anyMatch(m -> organisations.find(m.organisationId())
                        .filter(o -> o.isVerified() && o.isNetwork()).map(OrganisationRef::getId).isPresent()))
                .orElse(false);
    }

    /** The targets in the order the builder offers them. */
    public static Target[] targets() {
        return Target.values();
    }
}
