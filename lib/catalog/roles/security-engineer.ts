import type { RoleDef } from "../types";

export const securityEngineer: RoleDef = {
  slug: "security-engineer",
  title: "Security Engineer",
  industry: "technology",
  socCode: "15-1212",
  aliases: [
    "Cybersecurity engineer",
    "Information security engineer",
    "Information security analyst",
    "Cloud security engineer",
    "Application security engineer",
    "SOC analyst",
    "Detection engineer",
  ],
  overview:
    "Security engineers protect an organisation's systems and data: they build and tune detection, triage alerts, manage vulnerabilities, review code and cloud configuration, and lead the response when an attack gets through. Security copilots from Microsoft, CrowdStrike and others now summarise incidents, write hunting queries and triage routine alerts, and scanners increasingly propose their own fixes, so the first tier of analysis is being automated quickly. The adversary, however, adapts, and decisions about which risks to accept, how to contain an intrusion and how to design defences remain human and accountable. Attackers using AI also raise the volume and quality of threats, which keeps demand high.",
  tasks: [
    {
      slug: "triage-security-alerts",
      kind: "at_risk",
      title: "Triage and investigate security alerts",
      description:
        "Work through SIEM and EDR alerts, enrich them with context, and decide which are benign, which need containment and which go to incident response. Security copilots now perform much of this first-level triage.",
      importance: 0.12,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "siem", weight: 3 },
        { skill: "threat-detection", weight: 2 },
        { skill: "incident-response", weight: 1 },
      ],
    },
    {
      slug: "prioritise-vulnerabilities",
      kind: "at_risk",
      title: "Prioritise vulnerability findings and track remediation",
      description:
        "Sort scanner output by exploitability and business exposure, open remediation tickets with owners and chase them to closure. Risk-scoring platforms and AI already rank and route most findings.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "vulnerability-management", weight: 3 },
        { skill: "risk-management", weight: 1 },
      ],
    },
    {
      slug: "write-detection-rules",
      kind: "at_risk",
      title: "Write detection rules and hunting queries",
      description:
        "Express attacker techniques as SIEM rules, KQL or SPL queries and Sigma detections, and tune them against false positives. Assistants translate a described behaviour into a working query.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "threat-detection", weight: 3 },
        { skill: "siem", weight: 2 },
        { skill: "splunk", weight: 1 },
      ],
    },
    {
      slug: "review-code-and-iac-for-flaws",
      kind: "at_risk",
      title: "Review code and infrastructure code for security flaws",
      description:
        "Examine pull requests, Terraform and container configurations for injection, secrets, weak access rules and misconfigurations. AI scanners find and fix the common patterns; subtle logic flaws still need a person.",
      importance: 0.08,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "application-security", weight: 3 },
        { skill: "cloud-security", weight: 2 },
        { skill: "python", weight: 1 },
      ],
    },
    {
      slug: "produce-compliance-evidence",
      kind: "at_risk",
      title: "Produce compliance evidence and answer questionnaires",
      description:
        "Collect screenshots, configurations and policy documents for audits such as SOC 2 or ISO 27001 and answer customers' security questionnaires. Compliance automation platforms gather and draft most of it.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "compliance", weight: 3 },
        { skill: "technical-writing", weight: 1 },
      ],
    },
    {
      slug: "build-response-playbooks",
      kind: "at_risk",
      title: "Automate response playbooks",
      description:
        "Script SOAR playbooks that enrich alerts, isolate hosts, disable accounts or block indicators automatically. Both the scripts and many of the decisions inside them are increasingly generated.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "security-automation", weight: 3 },
        { skill: "python", weight: 2 },
      ],
    },
    {
      slug: "harden-configurations",
      kind: "at_risk",
      title: "Write hardening baselines and configuration checks",
      description:
        "Turn benchmarks such as CIS into configuration baselines and automated checks for servers, cloud accounts and Kubernetes clusters. Posture-management tools ship and apply most of these checks.",
      importance: 0.05,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "cloud-security", weight: 2 },
        { skill: "linux", weight: 1 },
        { skill: "kubernetes", weight: 1 },
      ],
    },
    {
      slug: "threat-model-and-design-defences",
      kind: "safe",
      title: "Threat-model systems and design defences",
      description:
        "Work out how a new system could be attacked, given this company's assets and adversaries, and design controls that stop the likely paths without crippling the product.",
      importance: 0.12,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "threat-modeling", weight: 3 },
        { skill: "security-architecture", weight: 3 },
      ],
    },
    {
      slug: "lead-incident-response",
      kind: "safe",
      title: "Lead the response to a live intrusion",
      description:
        "Decide how to contain an attacker without tipping them off, what to shut down, what evidence to preserve and when to involve legal, executives or regulators.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["accountability", "judgment", "ethics"],
      skills: [
        { skill: "incident-response", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "digital-forensics", weight: 1 },
      ],
    },
    {
      slug: "make-risk-decisions",
      kind: "safe",
      title: "Recommend which risks to accept, fix or transfer",
      description:
        "Explain security risk in business terms, negotiate exceptions with product owners and record who accepted what. The decision carries legal and reputational weight.",
      importance: 0.07,
      exposure: 0.2,
      protectedBy: ["accountability", "stakeholders", "ethics"],
      skills: [
        { skill: "risk-management", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "test-like-an-attacker",
      kind: "safe",
      title: "Test defences like an attacker",
      description:
        "Chain weaknesses together in penetration tests and red-team exercises to show real attack paths that scanners miss. Creative adversarial thinking is the core of it.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["novel-design", "tacit-knowledge"],
      skills: [
        { skill: "penetration-testing", weight: 3 },
        { skill: "networking", weight: 1 },
      ],
    },
    {
      slug: "build-security-partnerships",
      kind: "safe",
      title: "Build security habits with engineering teams",
      description:
        "Act as the trusted adviser teams call early, run training after incidents and persuade rather than block. Security improves only when people choose to involve you.",
      importance: 0.07,
      exposure: 0.15,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "security-awareness", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "microsoft-security-copilot",
      effect: "automates",
      tasks: ["triage-security-alerts", "write-detection-rules", "lead-incident-response"],
      note: "Summarises incidents across Defender and Sentinel, runs phishing and alert triage agents, and writes KQL hunting queries from plain questions.",
    },
    {
      tool: "crowdstrike-charlotte-ai",
      effect: "automates",
      tasks: ["triage-security-alerts", "build-response-playbooks"],
      note: "Triages Falcon detections with a stated verdict and reasoning, and drafts response actions for the analyst to approve.",
    },
    {
      tool: "snyk-deepcode-ai",
      effect: "augments",
      tasks: ["review-code-and-iac-for-flaws", "prioritise-vulnerabilities"],
      note: "Flags vulnerable code and infrastructure configuration in pull requests and proposes tested fixes.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["build-response-playbooks", "harden-configurations", "review-code-and-iac-for-flaws"],
      note: "Writes playbook scripts and policy checks, and its autofix suggestions help remediate code-scanning alerts.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["produce-compliance-evidence", "threat-model-and-design-defences"],
      note: "Drafts questionnaire answers and policies from existing documents and helps enumerate threats for a described architecture.",
    },
  ],
  certifications: [
    "cissp",
    "comptia-security-plus",
    "comptia-cysa-plus",
    "giac-gcih",
    "aws-certified-security-specialty",
    "ccsp",
  ],
  salary: {
    entry: { min: 80000, max: 110000, changePct: [-3, 3] },
    mid: { min: 110000, max: 150000, changePct: [0, 6] },
    senior: { min: 150000, max: 210000, changePct: [3, 10] },
    note: "Tier-one alert triage is being automated, which slows hiring of junior SOC analysts, but AI-assisted attacks and the security of AI systems themselves keep demand for experienced engineers strong.",
  },
  adaptation: [
    {
      title: "Run the SOC with agents in the loop",
      detail:
        "Deploy a security copilot for first-pass triage, measure its verdicts against your own, and move your time to the cases it escalates and to improving detections.",
      tasks: ["triage-security-alerts", "write-detection-rules"],
      skills: ["microsoft-security-copilot", "threat-detection"],
    },
    {
      title: "Specialise in securing AI systems",
      detail:
        "Learn the OWASP Top 10 for LLM Applications and MITRE ATLAS, and practise testing prompt injection, data leakage and agent permissions in the company's own AI features.",
      tasks: ["threat-model-and-design-defences", "test-like-an-attacker"],
      skills: ["ai-security", "threat-modeling"],
    },
    {
      title: "Strengthen incident leadership",
      detail:
        "Prepare for the GCIH, run tabletop exercises with legal and communications, and take the lead role in real incidents; containment decisions are the part of the job AI cannot own.",
      tasks: ["lead-incident-response", "make-risk-decisions"],
      skills: ["incident-response", "communication"],
    },
    {
      title: "Shift security left into pipelines",
      detail:
        "Embed code, dependency and infrastructure scanning with AI autofix in CI so common flaws never reach review, and spend review time on design and logic flaws.",
      tasks: ["review-code-and-iac-for-flaws", "prioritise-vulnerabilities", "harden-configurations"],
      skills: ["devsecops", "application-security"],
    },
  ],
  related: [
    "devops-engineer",
    "network-engineer",
    "cloud-architect",
    "systems-administrator",
    "site-reliability-engineer",
  ],
};
