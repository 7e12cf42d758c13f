import type { RoleDef } from "../types";

export const networkEngineer: RoleDef = {
  slug: "network-engineer",
  title: "Network Engineer",
  industry: "technology",
  socCode: "15-1241",
  aliases: [
    "Network architect",
    "Network administrator",
    "Network infrastructure engineer",
    "Cisco network engineer",
    "WAN engineer",
    "Network automation engineer",
    "NetDevOps engineer",
  ],
  overview:
    "Network engineers design, build and run the networks everything else depends on: campus and data-centre switching, WAN and SD-WAN links, routing, firewalls, VPNs, wireless and the connections into public clouds. Vendors now ship AI assistants that explain faults, detect anomalies and propose configuration changes, and generative tools write device configurations and automation scripts well, so templated configuration and first-line troubleshooting are being absorbed by software. Designing topologies, resolving the strange outages that span vendors and carriers, and physically installing and replacing equipment keep the role grounded in human judgment and presence.",
  tasks: [
    {
      slug: "generate-device-configurations",
      kind: "at_risk",
      title: "Write device configurations and templates",
      description:
        "Produce router, switch, firewall and wireless configurations from a design, often as Jinja templates filled per site. Assistants generate syntactically correct configuration for most vendors from a description.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "routing-and-switching", weight: 3 },
        { skill: "cisco-ios", weight: 2 },
        { skill: "network-automation", weight: 1 },
      ],
    },
    {
      slug: "script-network-automation",
      kind: "at_risk",
      title: "Script network automation",
      description:
        "Write Python, Ansible or Nornir jobs that push changes, collect state and check compliance across hundreds of devices. Coding assistants write most of this code from examples.",
      importance: 0.08,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "network-automation", weight: 3 },
        { skill: "python", weight: 2 },
        { skill: "ansible", weight: 1 },
      ],
    },
    {
      slug: "triage-network-faults",
      kind: "at_risk",
      title: "Triage faults from network telemetry",
      description:
        "Read syslog, SNMP, flow and streaming telemetry to find why a site, link or application is slow or unreachable. AI-driven network platforms now pinpoint many of these faults and suggest the fix.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "network-troubleshooting", weight: 3 },
        { skill: "network-monitoring", weight: 2 },
        { skill: "tcp-ip", weight: 1 },
      ],
    },
    {
      slug: "process-firewall-requests",
      kind: "at_risk",
      title: "Review and implement firewall rule requests",
      description:
        "Check requested rule changes for overlap, risk and policy fit, then implement and document them. Policy-analysis tools with AI now assess and draft most routine requests.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "firewalls", weight: 3 },
        { skill: "network-security", weight: 2 },
      ],
    },
    {
      slug: "maintain-network-documentation",
      kind: "at_risk",
      title: "Maintain diagrams, IP plans and inventories",
      description:
        "Keep topology diagrams, IP address management and device inventories in step with reality. Discovery tools and assistants generate much of this from the live network.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "networking", weight: 2 },
      ],
    },
    {
      slug: "audit-configuration-compliance",
      kind: "at_risk",
      title: "Audit configurations against standards",
      description:
        "Check device configurations for drift from the golden standard and for weak settings such as old protocols or default credentials. This is almost entirely automatable.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "network-security", weight: 2 },
        { skill: "compliance", weight: 2 },
      ],
    },
    {
      slug: "plan-network-capacity",
      kind: "at_risk",
      title: "Plan bandwidth and capacity",
      description:
        "Track utilisation trends and forecast when links, firewalls or wireless cells will saturate. Analytics platforms forecast growth from telemetry.",
      importance: 0.05,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "capacity-planning", weight: 3 },
        { skill: "network-monitoring", weight: 2 },
      ],
    },
    {
      slug: "design-network-architecture",
      kind: "safe",
      title: "Design network topology and segmentation",
      description:
        "Decide how sites, data centres and clouds connect, how traffic is segmented and which vendors and carriers to use, balancing resilience, security and cost for this organisation.",
      importance: 0.14,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "network-design", weight: 3 },
        { skill: "bgp", weight: 2 },
        { skill: "sd-wan", weight: 1 },
      ],
    },
    {
      slug: "install-and-replace-hardware",
      kind: "safe",
      title: "Install, cable and replace network hardware",
      description:
        "Rack and cable switches, routers, firewalls and access points, run site surveys and swap failed parts on site. The work needs hands in the building.",
      importance: 0.1,
      exposure: 0.1,
      protectedBy: ["physical-presence"],
      skills: [
        { skill: "network-hardware", weight: 3 },
        { skill: "wireless-networking", weight: 1 },
      ],
    },
    {
      slug: "resolve-complex-outages",
      kind: "safe",
      title: "Resolve complex, multi-vendor outages",
      description:
        "Untangle outages that cross routing protocols, carriers, cloud providers and security devices, where the symptoms mislead and the fix carries risk. Experience with this particular network matters most.",
      importance: 0.1,
      exposure: 0.35,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "network-troubleshooting", weight: 3 },
        { skill: "bgp", weight: 2 },
        { skill: "tcp-ip", weight: 1 },
      ],
    },
    {
      slug: "execute-maintenance-windows",
      kind: "safe",
      title: "Run cutovers in maintenance windows",
      description:
        "Carry out planned migrations and upgrades during change windows, watch the network react and decide whether to proceed or roll back before users notice.",
      importance: 0.07,
      exposure: 0.25,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "change-management", weight: 2 },
        { skill: "routing-and-switching", weight: 2 },
      ],
    },
    {
      slug: "manage-carriers-and-vendors",
      kind: "safe",
      title: "Manage carriers, vendors and escalations",
      description:
        "Negotiate circuits and support contracts, escalate outages to carriers and hold vendors to their commitments.",
      importance: 0.06,
      exposure: 0.2,
      protectedBy: ["stakeholders"],
      skills: [
        { skill: "vendor-management", weight: 3 },
        { skill: "negotiation", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "juniper-mist-ai",
      effect: "automates",
      tasks: ["triage-network-faults", "plan-network-capacity"],
      note: "Marvis detects wireless, wired and WAN problems, explains their cause in plain language and can fix some on its own.",
    },
    {
      tool: "cisco-ai-assistant",
      effect: "augments",
      tasks: ["triage-network-faults", "process-firewall-requests", "audit-configuration-compliance"],
      note: "Explains issues in Meraki and Catalyst environments and analyses firewall policy for conflicts and rule-change impact.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["script-network-automation", "generate-device-configurations"],
      note: "Writes Python, Ansible and Jinja templates for network automation and completes vendor configuration syntax.",
    },
    {
      tool: "red-hat-ansible-lightspeed",
      effect: "augments",
      tasks: ["script-network-automation"],
      note: "Generates Ansible network playbooks from plain-language task descriptions.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: [
        "generate-device-configurations",
        "maintain-network-documentation",
        "design-network-architecture",
      ],
      note: "Converts configurations between vendors, explains unfamiliar syntax and drafts documentation and design options for review.",
    },
  ],
  certifications: [
    "ccna",
    "ccnp-enterprise",
    "comptia-network-plus",
    "aws-certified-advanced-networking-specialty",
    "azure-network-engineer-associate",
  ],
  salary: {
    entry: { min: 70000, max: 95000, changePct: [-4, 2] },
    mid: { min: 95000, max: 130000, changePct: [-1, 5] },
    senior: { min: 130000, max: 180000, changePct: [2, 8] },
    note: "Configuration and monitoring work is being automated by vendor AI, which limits growth for pure operators; engineers who combine network design with automation, cloud networking and security earn a clear premium.",
  },
  adaptation: [
    {
      title: "Treat the network as code",
      detail:
        "Move configurations into Git with templates and CI validation (Batfish, pyATS or similar), and use assistants to write the automation; this turns configuration work from typing into reviewing.",
      tasks: [
        "generate-device-configurations",
        "script-network-automation",
        "audit-configuration-compliance",
      ],
      skills: ["network-automation", "python", "git"],
    },
    {
      title: "Learn to run an AI-driven network",
      detail:
        "Get hands-on with Mist AI, Cisco's assistants or similar AIOps features, learn how they reach conclusions and when to overrule them, and integrate their findings into your ticketing.",
      tasks: ["triage-network-faults", "plan-network-capacity"],
      skills: ["juniper-mist-ai", "network-monitoring"],
    },
    {
      title: "Extend into cloud networking",
      detail:
        "Learn transit gateways, VNet peering, private connectivity and cloud firewalls; hybrid designs are where network judgment is most in demand.",
      tasks: ["design-network-architecture", "resolve-complex-outages"],
      skills: ["cloud-networking", "aws", "azure"],
    },
    {
      title: "Add security architecture",
      detail:
        "Study zero-trust network access and segmentation (SASE, microsegmentation) so you own the design decisions that security and networking now share.",
      tasks: ["design-network-architecture", "process-firewall-requests"],
      skills: ["zero-trust", "network-security"],
    },
  ],
  related: [
    "systems-administrator",
    "security-engineer",
    "cloud-architect",
    "site-reliability-engineer",
    "it-support-specialist",
  ],
};
