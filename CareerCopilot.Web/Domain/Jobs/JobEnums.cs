namespace CareerCopilot.Web.Domain.Jobs;

public enum JobStatus { NotApplied, Applied, Interview, Offer, Accepted, Rejected, Withdrawn }

public enum RemoteMode { Unknown, Remote, Hybrid, Onsite }

public enum EmploymentType { FullTime, PartTime, Contract, Temporary, Internship, Other }

public enum JobSource { Manual, Url, Scraped }

public enum SalaryPeriod { Year, Month, Week, Day, Hour }

/// <summary>Ordered: neighbours differ by one, which the matching rules rely on.</summary>
public enum ExperienceLevel { Intern, Junior, Mid, Senior, Lead }
