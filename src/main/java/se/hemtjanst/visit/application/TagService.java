package se.hemtjanst.visit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.visit.domain.Tag;
import se.hemtjanst.visit.domain.TagDecline;
import se.hemtjanst.visit.domain.TagKind;
import se.hemtjanst.visit.domain.TagStatus;
import se.hemtjanst.visit.domain.Tags;
import se.hemtjanst.visit.infrastructure.TagKeys;

/**
 * Tags in clients' homes: registered, replaced and revoked by the client's provider manager (or system
 * administration); a client may decline a tag, and then visits are registered manually.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.PROVIDER_MANAGER_NAME})
public class TagService {

    @Inject
    Tags tags;

    @Inject
    ClientService clients;

    @Inject
    TagKeys keys;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public Tag register(long clientId, TagDraft draft) {
        Client client = clients.get(clientId);
        if (!client.isActive()) {
            throw new ConflictException("tag.clientEnded", null, "Client " + clientId + " has ended");
        }
        if (draft == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        String uid = Tag.normalizeUid(draft.uid);
        if (tags.activeByUid(uid).isPresent()) {
            throw new ConflictException("tag.uid.inUse", "uid", "A tag with UID " + uid
                    + " is already active; revoke it first (a UID is active on one tag at a time)", uid);
        }
        TagKind kind = kind(draft.kind);
        String sealed = null;
        if (kind == TagKind.NTAG424) {
            String hex = draft.fileReadKey == null ? "" : draft.fileReadKey.strip();
            if (!hex.matches("[0-9a-fA-F]{32}")) {
                throw new InvalidInputException("tag.key.required", "fileReadKey",
                        "An NTAG 424 DNA tag needs its SDM file-read key as 32 hex characters");
            }
            sealed = keys.seal(HexFormat.of().parseHex(hex));
        }
        tags.removeDecline(clientId);
        if (draft.placement != null && draft.placement.length() > 200) {
            throw new InvalidInputException("tag.placement.size", "placement", "placement is at most 200 characters");
        }
        Tag tag = tags.add(new Tag(client, uid, kind, sealed, draft.placement, currentUser.username(), clock.instant()));
        accessLog.record(clientId, AccessAction.CHANGE, "tag registered " + uid);
        return tag;
    }

    /** A lost, broken or copied tag: revoked for good, scans with it are refused from now on. */
    public Tag revoke(long tagId, String reason) {
        Tag tag = reachable(tagId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("tag.reason.required", "reason", "Give the reason for revoking the tag");
        }
        tag.end(TagStatus.REVOKED, reason.strip(), currentUser.username(), clock.instant());
        accessLog.record(tag.client().id(), AccessAction.CHANGE, "tag revoked " + tag.uid());
        return tag;
    }

    /** A new tag in place of an old one: the old one is revoked in the same step. */
    public Tag replace(long tagId, TagDraft draft) {
        Tag old = reachable(tagId);
        old.end(TagStatus.REVOKED, "Ersatt av ny tagg", currentUser.username(), clock.instant());
        return register(old.client().id(), draft);
    }

    public List<Tag> ofClient(long clientId) {
        clients.get(clientId);
        return tags.ofClient(clientId);
    }

    /** The client says no to a tag in the home: visits are then registered manually (and shown as manual). */
    public TagDecline decline(long clientId, String reason) {
        clients.get(clientId);
        if (tags.ofClient(clientId).stream().anyMatch(Tag::isActive)) {
            throw new ConflictException("tag.declineWithActive", null,
                    "The client has an active tag; revoke it before recording that the client declines tags");
        }
        if (tags.decline(clientId).isPresent()) {
            throw new ConflictException("tag.alreadyDeclined", null, "The client has already declined tags");
        }
        TagDecline decline = new TagDecline(clientId, reason, currentUser.username(), clock.instant());
        tags.addDecline(decline);
        accessLog.record(clientId, AccessAction.CHANGE, "tag declined");
        return decline;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
    public boolean declined(long clientId) {
        return tags.decline(clientId).isPresent();
    }

    private Tag reachable(long tagId) {
        Tag tag = tags.find(tagId).orElseThrow(() ->
                new NotFoundException("tag.notFound", "No tag with id " + tagId, tagId));
        clients.get(tag.client().id());
        return tag;
    }

    private static TagKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? TagKind.PLAIN_UID
                    : TagKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tag.kind.invalid", "kind", "kind is PLAIN_UID or NTAG424");
        }
    }
}
