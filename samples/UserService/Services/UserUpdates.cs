using System;
using System.Collections.Generic;
using Google.Protobuf.WellKnownTypes;
using Myservice.V1;

namespace ProtoGuard.Samples.UserService.Services;

/// <summary>
/// Applies an UpdateUser request to a stored user, following AIP-134:
/// <list type="bullet">
/// <item>no mask (or an empty one): every field populated in the request replaces the stored one;</item>
/// <item><c>*</c>: full replacement;</item>
/// <item>otherwise each path replaces exactly that field, including clearing it when the request leaves it
/// unset, and maps are replaced, not merged (which is what <c>FieldMask.Merge</c> would not do);</item>
/// <item><c>id</c> (immutable, identifies the user) and <c>created_at</c> (output only) are ignored;</item>
/// <item>unknown or nested paths (<c>metadata.team</c>, <c>created_at.seconds</c>) are INVALID_ARGUMENT.</item>
/// </list>
/// </summary>
public static class UserUpdates
{
    private const string Email = "email";
    private const string DisplayName = "display_name";
    private const string Role = "role";
    private const string Metadata = "metadata";
    private const string Phone = "phone";
    private const string SlackId = "slack_id";
    private const string Id = "id";
    private const string CreatedAt = "created_at";

    private static readonly string[] Updatable = [Email, DisplayName, Role, Metadata, Phone, SlackId];

    /// <summary>
    /// Returns the updated copy of <paramref name="current"/>, or the message explaining why the mask is invalid.
    /// </summary>
    public static User Apply(User current, User patch, FieldMask? mask, out string? error)
    {
        error = null;
        IReadOnlyList<string> paths;
        if (mask is null || mask.Paths.Count == 0)
        {
            paths = PopulatedPaths(patch);
        }
        else if (mask.Paths.Contains("*"))
        {
            if (mask.Paths.Count != 1)
            {
                error = "update_mask: '*' must be the only path";
                return current;
            }

            paths = Updatable;
        }
        else
        {
            foreach (string path in mask.Paths)
            {
                if (path.Contains('.', StringComparison.Ordinal))
                {
                    error = $"update_mask: nested path '{path}' is not supported; name a top-level field of User";
                    return current;
                }

                if (Array.IndexOf(Updatable, path) < 0 && path != Id && path != CreatedAt)
                {
                    error = $"update_mask: '{path}' is not a field of myservice.v1.User";
                    return current;
                }
            }

            paths = mask.Paths;
        }

        User updated = current.Clone();
        foreach (string path in paths)
        {
            switch (path)
            {
                case Email:
                    updated.Email = patch.Email;
                    break;
                case DisplayName:
                    updated.DisplayName = patch.DisplayName;
                    break;
                case Role:
                    updated.Role = patch.Role;
                    break;
                case Metadata:
                    updated.Metadata.Clear();
                    updated.Metadata.Add(patch.Metadata);
                    break;
                case Phone:
                    if (patch.ContactCase == User.ContactOneofCase.Phone)
                    {
                        updated.Phone = patch.Phone;
                    }
                    else if (updated.ContactCase == User.ContactOneofCase.Phone)
                    {
                        updated.ClearContact();
                    }

                    break;
                case SlackId:
                    if (patch.ContactCase == User.ContactOneofCase.SlackId)
                    {
                        updated.SlackId = patch.SlackId;
                    }
                    else if (updated.ContactCase == User.ContactOneofCase.SlackId)
                    {
                        updated.ClearContact();
                    }

                    break;
                default:
                    // id and created_at: immutable / output only, ignored (AIP-203).
                    break;
            }
        }

        return updated;
    }

    private static List<string> PopulatedPaths(User patch)
    {
        var paths = new List<string>();
        if (patch.Email.Length != 0)
        {
            paths.Add(Email);
        }

        if (patch.DisplayName.Length != 0)
        {
            paths.Add(DisplayName);
        }

        if (patch.Role != UserRole.Unspecified)
        {
            paths.Add(Role);
        }

        if (patch.Metadata.Count != 0)
        {
            paths.Add(Metadata);
        }

        switch (patch.ContactCase)
        {
            case User.ContactOneofCase.Phone:
                paths.Add(Phone);
                break;
            case User.ContactOneofCase.SlackId:
                paths.Add(SlackId);
                break;
        }

        return paths;
    }
}
