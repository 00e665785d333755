package al.rrjeti.campaigns.domain;

import java.util.List;
import java.util.Optional;

/** Joint positions, their versions and signatures. */
public interface PositionRepository {

    void add(Position position);

    Optional<Position> find(Long id);

    /** The position, its row locked until the transaction ends: signatures are counted one at a time. */
    Optional<Position> lock(Long id);

    /** Positions in these states, newest first. */
    List<Position> withStatus(List<PositionStatus> states);

    void add(PositionVersion version);

    List<PositionVersion> versions(Long positionId);

    Optional<PositionVersion> version(Long positionId, int number);

    void add(Signature signature);

    void remove(Signature signature);

    /** Every signature of the position, withdrawn ones too, oldest first. */
    List<Signature> signatures(Long positionId);

    Optional<Signature> signature(Long positionId, Long organisationId);

    void add(PositionComment comment);

    /** The comment, its row locked: a proposal is decided once. */
    Optional<PositionComment> lockComment(Long id);

    /** Every comment on the position, oldest first. */
    List<PositionComment> comments(Long positionId);

    void add(PositionAttachment attachment);

    void remove(PositionAttachment attachment);

    /** The position's attached documents, in the order they were attached. */
    List<PositionAttachment> attachments(Long positionId);

    Optional<PositionAttachment> attachment(Long id);

    /** The attachment that holds this kernel file, if one does. */
    Optional<PositionAttachment> attachmentOfFile(Long fileId);
}
