import type { RoleDef } from "../types";

export const systemsAdministrator: RoleDef = {
  slug: "systems-administrator",
  title: "Systems Administrator",
  industry: "technology",
  socCode: "15-1244",
  aliases: [
    "Sysadmin",
    "System administrator",
    "Linux administrator",
    "Windows server administrator",
    "Infrastructure administrator",
    "IT systems engineer",
    "Systems engineer",
  ],
  overview:
    "Systems administrators keep an organisation's servers, directories, virtualisation platforms and core services running, patched and backed up. The work mixes user and access administration, scripting in PowerShell and Bash, server builds, monitoring and a steady stream of troubleshooting. Much of that routine is now scripted by AI assistants, handled by configuration management, or absorbed into SaaS and cloud services, so the number of hand-run tasks per server is shrinking fast. What remains is owning recovery when systems fail, hands-on work with physical hardware, and the local knowledge of how this environment actually fits together.",
  tasks: [
    {
      slug: "administer-users-and-access",
      kind: "at_risk",
      title: "Administer user accounts, groups and permissions",
      description:
        "Create and disable accounts, manage group membership and file-share permissions in Active Directory or Entra ID, and handle access requests. Identity workflows and assistants automate most of these changes.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "active-directory", weight: 3 },
        { skill: "identity-and-access-management", weight: 2 },
      ],
    },
    {
      slug: "manage-patching",
      kind: "at_risk",
      title: "Roll out operating-system and software patches",
      description:
        "Schedule, test and deploy updates across Windows and Linux fleets and chase the machines that fail to patch. Patch platforms increasingly do this on their own within maintenance policies.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "patch-management", weight: 3 },
        { skill: "windows-server", weight: 2 },
        { skill: "linux", weight: 2 },
      ],
    },
    {
      slug: "write-admin-scripts",
      kind: "at_risk",
      title: "Write administration scripts",
      description:
        "Script recurring jobs such as bulk account changes, log clean-up and report generation in PowerShell or Bash. AI assistants write working scripts from a one-line description.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "powershell", weight: 3 },
        { skill: "bash", weight: 2 },
      ],
    },
    {
      slug: "build-and-configure-servers",
      kind: "at_risk",
      title: "Build and configure servers and virtual machines",
      description:
        "Provision virtual machines, install and configure services such as DNS, DHCP, web and file servers, and keep their configuration consistent with Ansible or similar tools. Templates and generated playbooks do most of the typing.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "virtualization", weight: 3 },
        { skill: "ansible", weight: 2 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "troubleshoot-from-logs",
      kind: "at_risk",
      title: "Troubleshoot service problems from logs and events",
      description:
        "Read event logs, system journals and application logs to work out why a service stopped, slowed or misbehaves. Assistants are good at explaining error messages and proposing the next check.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "troubleshooting", weight: 3 },
        { skill: "linux", weight: 2 },
        { skill: "windows-server", weight: 2 },
      ],
    },
    {
      slug: "tune-monitoring",
      kind: "at_risk",
      title: "Configure monitoring and tune alerts",
      description:
        "Set up checks for disks, services and certificates, and adjust thresholds so alerts mean something. Monitoring suites now propose baselines and suppress noise themselves.",
      importance: 0.06,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "observability", weight: 3 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "verify-backups",
      kind: "at_risk",
      title: "Check backup jobs and run test restores",
      description:
        "Confirm nightly backups succeeded, investigate failures and restore sample files or machines to prove recovery works. Backup platforms automate most checks and reporting.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "backup-and-recovery", weight: 3 },
        { skill: "virtualization", weight: 1 },
      ],
    },
    {
      slug: "update-tickets-and-docs",
      kind: "at_risk",
      title: "Update tickets and system documentation",
      description:
        "Record what was changed and why in the ticketing system and keep configuration notes and procedures current. Drafts are generated from the change itself.",
      importance: 0.05,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "itil", weight: 1 },
      ],
    },
    {
      slug: "own-outage-recovery",
      kind: "safe",
      title: "Own recovery when core systems fail",
      description:
        "Bring back directory services, storage or virtualisation hosts after a failure or ransomware event, choosing the order and the acceptable data loss. The administrator who knows the environment carries it.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "disaster-recovery", weight: 3 },
        { skill: "troubleshooting", weight: 2 },
      ],
    },
    {
      slug: "maintain-physical-hardware",
      kind: "safe",
      title: "Maintain physical servers and the server room",
      description:
        "Install, cable and replace servers, disks and power units, and deal with cooling or power problems on site. It requires being there with the hardware.",
      importance: 0.07,
      exposure: 0.1,
      protectedBy: ["physical-presence"],
      skills: [
        { skill: "server-hardware", weight: 3 },
        { skill: "hardware-troubleshooting", weight: 2 },
      ],
    },
    {
      slug: "decide-hardening-and-exceptions",
      kind: "safe",
      title: "Decide hardening standards and exceptions",
      description:
        "Choose security baselines for servers and decide when a business application may run with an exception, balancing security against keeping the business working.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "system-hardening", weight: 3 },
        { skill: "risk-management", weight: 1 },
      ],
    },
    {
      slug: "plan-infrastructure-changes",
      kind: "safe",
      title: "Plan infrastructure refreshes and budgets",
      description:
        "Decide when to replace hardware, renew licences or move services to the cloud, and make the case to management within a budget.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["judgment", "stakeholders"],
      skills: [
        { skill: "capacity-planning", weight: 2 },
        { skill: "vendor-management", weight: 2 },
      ],
    },
    {
      slug: "support-colleagues-on-escalations",
      kind: "safe",
      title: "Handle escalations from colleagues and the help desk",
      description:
        "Take over problems that first-line support cannot solve, explain what happened to the people affected and coach help-desk staff on the fix.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "troubleshooting", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "automates",
      tasks: ["write-admin-scripts", "build-and-configure-servers"],
      note: "Writes PowerShell and Bash scripts and configuration files from a comment describing the job.",
    },
    {
      tool: "red-hat-ansible-lightspeed",
      effect: "augments",
      tasks: ["build-and-configure-servers", "manage-patching"],
      note: "Generates Ansible playbooks for server builds and patch runs from plain-language descriptions.",
    },
    {
      tool: "microsoft-copilot-in-azure",
      effect: "augments",
      tasks: ["troubleshoot-from-logs", "tune-monitoring", "build-and-configure-servers"],
      note: "Diagnoses problems with Azure and Arc-connected servers, writes KQL for log searches and generates Azure CLI commands.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["troubleshoot-from-logs", "update-tickets-and-docs", "write-admin-scripts"],
      note: "Explains error messages and log excerpts, suggests next diagnostic steps and drafts change notes.",
    },
    {
      tool: "servicenow-now-assist",
      effect: "augments",
      tasks: ["update-tickets-and-docs", "administer-users-and-access"],
      note: "Summarises tickets, drafts resolution notes and knowledge articles and automates common access-request workflows.",
    },
  ],
  certifications: [
    "rhcsa",
    "comptia-linux-plus",
    "windows-server-hybrid-administrator-associate",
    "azure-administrator-associate",
    "lfcs",
    "comptia-a-plus",
  ],
  salary: {
    entry: { min: 55000, max: 75000, changePct: [-8, 0] },
    mid: { min: 75000, max: 100000, changePct: [-5, 2] },
    senior: { min: 95000, max: 130000, changePct: [-2, 5] },
    note: "Fewer on-premises servers and more scripted administration put pressure on traditional sysadmin pay; those who move into cloud administration, automation and DevOps or SRE roles see pay rise.",
  },
  adaptation: [
    {
      title: "Automate yourself out of the routine",
      detail:
        "Put every recurring task into PowerShell, Bash or Ansible with an assistant's help, keep the scripts in Git, and show the hours saved; that record is the bridge into DevOps work.",
      tasks: ["write-admin-scripts", "build-and-configure-servers", "manage-patching"],
      skills: ["ansible", "git", "powershell"],
    },
    {
      title: "Move with the workloads to the cloud",
      detail:
        "Learn to administer Azure or AWS and hybrid management tools (Azure Arc, AWS Systems Manager); study for the Azure Administrator Associate or the AWS CloudOps Engineer – Associate.",
      tasks: ["build-and-configure-servers", "plan-infrastructure-changes"],
      skills: ["azure", "aws", "infrastructure-as-code"],
    },
    {
      title: "Become the recovery expert",
      detail:
        "Own the disaster-recovery plan, rehearse restores including a ransomware scenario, and document recovery order and dependencies; this is the responsibility no tool takes from you.",
      tasks: ["own-outage-recovery", "verify-backups"],
      skills: ["disaster-recovery", "backup-and-recovery"],
    },
    {
      title: "Add security depth",
      detail:
        "Learn endpoint detection, hardening benchmarks and identity security in Entra ID; sysadmins who can harden and investigate are in demand as security teams stretch.",
      tasks: ["decide-hardening-and-exceptions", "administer-users-and-access"],
      skills: ["system-hardening", "identity-and-access-management"],
    },
  ],
  related: [
    "devops-engineer",
    "network-engineer",
    "it-support-specialist",
    "site-reliability-engineer",
    "database-administrator",
  ],
};
