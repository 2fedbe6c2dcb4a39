package io.imageinventory.dev;

/**
 * An error the fake AWS endpoint answers with, in the shape AWS uses.
 *
 * @param status the HTTP status
 * @param type the error code ({@code __type} in JSON, {@code Code} in XML)
 * @param message the message
 */
public record FakeError(int status, String type, String message) {

    public static final FakeError THROTTLING = new FakeError(400, "ThrottlingException", "Rate exceeded");

    public static final FakeError ACCESS_DENIED = new FakeError(400, "AccessDeniedException",
            "User is not authorized to perform: workspaces:DescribeWorkspaceImages");

    public static final FakeError SERVICE_UNAVAILABLE = new FakeError(503, "ServiceUnavailableException",
            "The service is unavailable. Try again later.");

    public static final FakeError ORGANIZATIONS_TOO_MANY_REQUESTS = new FakeError(400, "TooManyRequestsException",
            "You have sent too many requests in too short a period of time. The quota helps protect against denial-of-service attacks. Try again later.");

    public static final FakeError ORGANIZATIONS_NOT_IN_USE = new FakeError(400, "AWSOrganizationsNotInUseException",
            "Your account is not a member of an organization.");

}
