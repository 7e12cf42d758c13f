import type { RoleDef } from "../types";

export const devopsEngineer: RoleDef = {
  slug: "devops-engineer",
  title: "DevOps Engineer",
  industry: "technology",
  aliases: [
    "Platform engineer",
    "Build and release engineer",
    "CI/CD engineer",
    "Infrastructure engineer",
    "Cloud DevOps engineer",
    "DevSecOps engineer",
  ],
  overview:
    "DevOps engineers own the path from a merged commit to running software: build pipelines, infrastructure code, container images, deployment strategies and the guardrails around them. Much of the day is spent in YAML, Terraform and shell, which is exactly the text AI assistants now write well, so pipeline and module boilerplate is fast becoming a review job. What stays human is deciding how delivery should work across many teams, keeping the supply chain trustworthy, and making the call to roll back when a release misbehaves. The role is drifting toward platform engineering: building paved roads that other engineers, and their AI agents, deploy through safely.",
  tasks: [
    {
      slug: "write-ci-cd-pipelines",
      kind: "at_risk",
      title: "Write and maintain CI/CD pipeline definitions",
      description:
        "Author build, test and release workflows in GitHub Actions, GitLab CI or Jenkins, including caching, matrix builds and artifact publishing. Assistants now draft most of this YAML from a short description of the stages.",
      importance: 0.12,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "ci-cd", weight: 3 },
        { skill: "github-actions", weight: 2 },
        { skill: "git", weight: 1 },
      ],
    },
    {
      slug: "author-infrastructure-modules",
      kind: "at_risk",
      title: "Author Terraform modules and environment definitions",
      description:
        "Turn a request for a new service, queue or database into infrastructure code with sensible variables, outputs and state layout. Generated modules are usually close to correct, so the work shifts to reviewing plans and drift.",
      importance: 0.14,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "terraform", weight: 3 },
        { skill: "infrastructure-as-code", weight: 2 },
        { skill: "aws", weight: 1 },
      ],
    },
    {
      slug: "write-glue-scripts",
      kind: "at_risk",
      title: "Write automation and glue scripts",
      description:
        "Script one-off and recurring chores such as rotating credentials, cleaning up stale environments or bulk-tagging resources in Bash or Python. This is among the easiest work to hand to a coding assistant.",
      importance: 0.08,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "bash", weight: 3 },
        { skill: "python", weight: 2 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "package-services-for-kubernetes",
      kind: "at_risk",
      title: "Containerise services and write deployment manifests",
      description:
        "Write Dockerfiles, Helm charts and Kubernetes manifests with resource limits, probes and autoscaling for each service. AI produces workable first drafts; tuning them to the cluster's real behaviour still takes a person.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "docker", weight: 3 },
        { skill: "kubernetes", weight: 3 },
        { skill: "helm", weight: 1 },
      ],
    },
    {
      slug: "diagnose-failed-builds",
      kind: "at_risk",
      title: "Diagnose failed builds and deployments",
      description:
        "Read pipeline logs, flaky test output and rollout events to find why a build or deploy broke and who needs to fix it. Log-reading assistants increasingly point straight at the failing step and a likely fix.",
      importance: 0.08,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "troubleshooting", weight: 3 },
        { skill: "ci-cd", weight: 2 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "set-up-monitoring-and-alerts",
      kind: "at_risk",
      title: "Set up dashboards and alert rules for new services",
      description:
        "Wire new services into metrics, logs and tracing, then write the dashboards and alert thresholds teams will rely on. Observability platforms now suggest both from the service's own telemetry.",
      importance: 0.07,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "observability", weight: 3 },
        { skill: "prometheus", weight: 2 },
        { skill: "grafana", weight: 1 },
      ],
    },
    {
      slug: "keep-images-and-dependencies-current",
      kind: "at_risk",
      title: "Keep base images, tool versions and dependencies current",
      description:
        "Bump base images, runners, providers and libraries, and chase the breakages each upgrade brings. Bots already open most of these changes; people mostly review and merge them.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "docker", weight: 2 },
        { skill: "vulnerability-management", weight: 2 },
        { skill: "ci-cd", weight: 1 },
      ],
    },
    {
      slug: "document-platform-usage",
      kind: "at_risk",
      title: "Write runbooks and platform documentation",
      description:
        "Explain how teams onboard to the platform, deploy, and recover from common failures. Drafts can be generated from the code and pipeline definitions and then corrected.",
      importance: 0.04,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "design-delivery-platform",
      kind: "safe",
      title: "Design the delivery platform and release strategy",
      description:
        "Decide how code moves between environments for the whole organisation: branching model, promotion gates, canary or blue-green rollouts, and which decisions teams may make for themselves. These trade-offs depend on the company's risk appetite and team structure.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "ci-cd", weight: 2 },
        { skill: "kubernetes", weight: 1 },
      ],
    },
    {
      slug: "handle-release-incidents",
      kind: "safe",
      title: "Decide on rollbacks during release incidents",
      description:
        "When a deployment degrades production, judge quickly whether to roll back, roll forward or hold, and coordinate the teams involved. Someone has to own that call and its consequences.",
      importance: 0.07,
      exposure: 0.25,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "incident-management", weight: 3 },
        { skill: "kubernetes", weight: 1 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "secure-the-software-supply-chain",
      kind: "safe",
      title: "Secure the software supply chain and secrets",
      description:
        "Choose how secrets are stored and injected, who may deploy what, and how artifacts are signed and verified. A wrong default here exposes the whole company, so these policies need a named owner.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "devsecops", weight: 3 },
        { skill: "secrets-management", weight: 2 },
        { skill: "identity-and-access-management", weight: 1 },
      ],
    },
    {
      slug: "enable-engineering-teams",
      kind: "safe",
      title: "Drive platform adoption across engineering teams",
      description:
        "Coach teams through migrations to the platform, negotiate shared standards and handle the objections of teams whose setups must change. Success depends on trust built with each team.",
      importance: 0.07,
      exposure: 0.15,
      protectedBy: ["stakeholders", "leadership"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "mentoring", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "balance-cost-and-capacity",
      kind: "safe",
      title: "Balance infrastructure cost against speed and resilience",
      description:
        "Decide where to spend on spare capacity, faster runners or multi-region setups and where to save. Tools surface the numbers, but the priorities come from the business.",
      importance: 0.04,
      exposure: 0.3,
      protectedBy: ["judgment"],
      skills: [
        { skill: "cloud-cost-optimization", weight: 3 },
        { skill: "capacity-planning", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: [
        "write-ci-cd-pipelines",
        "author-infrastructure-modules",
        "write-glue-scripts",
        "package-services-for-kubernetes",
      ],
      note: "Completes workflow YAML, Terraform and Dockerfiles in the editor and drafts whole pipelines from a comment.",
    },
    {
      tool: "claude-code",
      effect: "automates",
      tasks: ["write-glue-scripts", "keep-images-and-dependencies-current", "document-platform-usage"],
      note: "Carries small infrastructure chores end to end in the terminal: writes the script, runs it against a sandbox, and opens the change for review.",
    },
    {
      tool: "amazon-q-developer",
      effect: "augments",
      tasks: ["author-infrastructure-modules", "diagnose-failed-builds"],
      note: "Answers AWS-specific questions, generates CloudFormation and CDK, and explains failing deployments from the console.",
    },
    {
      tool: "red-hat-ansible-lightspeed",
      effect: "augments",
      tasks: ["write-glue-scripts", "author-infrastructure-modules"],
      note: "Generates Ansible tasks and playbooks from plain-language descriptions for configuration work that Terraform does not cover.",
    },
    {
      tool: "k8sgpt",
      effect: "augments",
      tasks: ["diagnose-failed-builds", "package-services-for-kubernetes"],
      note: "Scans the cluster after a failed rollout and explains broken pods, services and manifests in plain language.",
    },
    {
      tool: "datadog-bits-ai",
      effect: "augments",
      tasks: ["set-up-monitoring-and-alerts", "handle-release-incidents"],
      note: "Investigates alerts that fire after a deploy and links them to the change that caused them.",
    },
  ],
  certifications: [
    "aws-certified-devops-engineer-professional",
    "azure-devops-engineer-expert",
    "google-cloud-professional-cloud-devops-engineer",
    "cka",
    "hashicorp-terraform-associate",
  ],
  salary: {
    entry: { min: 80000, max: 110000, changePct: [-6, 2] },
    mid: { min: 110000, max: 150000, changePct: [-2, 5] },
    senior: { min: 145000, max: 205000, changePct: [2, 9] },
    note: "Pipeline and Terraform authoring is the most automated part of the job, which weighs on junior pay; engineers who run internal developer platforms, supply-chain security and AI-agent guardrails command a growing premium.",
  },
  adaptation: [
    {
      title: "Move from writing pipelines to building a paved road",
      detail:
        "Package your pipelines, Terraform modules and Helm charts as reusable golden-path templates (for example in Backstage) so teams self-serve deployments; review AI-generated changes against them instead of hand-writing each one.",
      tasks: ["design-delivery-platform", "write-ci-cd-pipelines", "author-infrastructure-modules"],
      skills: ["platform-engineering", "system-design"],
    },
    {
      title: "Own supply-chain security",
      detail:
        "Add artifact signing with Sigstore cosign, SBOM generation and policy checks to the pipeline, and move secrets into a vault with short-lived credentials. This is where accountability, and pay, is concentrating.",
      tasks: ["secure-the-software-supply-chain", "keep-images-and-dependencies-current"],
      skills: ["devsecops", "secrets-management", "supply-chain-security"],
    },
    {
      title: "Let agents do the chores, with guardrails",
      detail:
        "Use Claude Code or Copilot's agent mode for dependency bumps and scripts, but run them with scoped credentials, a dry-run plan and mandatory review. Writing those guardrails is itself a new platform responsibility.",
      tasks: ["write-glue-scripts", "keep-images-and-dependencies-current"],
      skills: ["claude-code", "github-copilot", "identity-and-access-management"],
    },
    {
      title: "Get fluent in reliability and cost",
      detail:
        "Learn SLOs, progressive delivery and FinOps practice so rollback and spending decisions rest on data; the CKA and a cloud DevOps professional certification cover much of the technical ground.",
      tasks: ["handle-release-incidents", "balance-cost-and-capacity"],
      skills: ["site-reliability-engineering", "cloud-cost-optimization", "kubernetes"],
    },
  ],
  related: [
    "site-reliability-engineer",
    "cloud-architect",
    "systems-administrator",
    "backend-developer",
    "security-engineer",
  ],
};
