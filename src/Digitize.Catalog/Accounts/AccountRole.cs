namespace Digitize.Catalog.Accounts;

/// <summary>What a portal user or a client system may do.</summary>
public enum AccountRole
{
    /// <summary>Everything, including accounts, the audit log and the job dashboard's actions.</summary>
    Admin,

    /// <summary>Archive staff: upload batches, watch and retry them, the review queue; search and read.</summary>
    ArchiveStaff,

    /// <summary>Officials: search and read the documents their clearance allows.</summary>
    Official,
}
