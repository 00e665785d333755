package al.rrjeti.campaigns.domain;

/**
 * What a joint position addresses: the law or policy, and the institution it is sent to (its
 * official e-mail, and its organisation in the network when it has one, whose members may attach
 * the answer).
 */
public record Addressee(String law, String institutionName, String institutionEmail, Long institutionOrganisationId) {
}
