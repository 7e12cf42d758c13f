// AI tools defined by group tech-b (infrastructure, operations, security, IT support).
// Shared: other groups reuse these slugs. General assistants and coding tools live in tech-a.
import type { AiToolDef } from "../types";

export const aiTools: AiToolDef[] = [
  // Observability and AIOps.
  {
    slug: "datadog-bits-ai",
    name: "Datadog Bits AI",
    vendor: "Datadog",
    url: "https://docs.datadoghq.com/bits_ai/",
    description:
      "Agent built into Datadog that investigates firing monitors across metrics, logs and traces, proposes a probable cause, answers questions about observability data in plain language and drafts incident summaries.",
    aliases: ["Bits AI", "Bits AI SRE"],
  },
  {
    slug: "dynatrace-davis-ai",
    name: "Dynatrace Davis AI",
    vendor: "Dynatrace",
    url: "https://www.dynatrace.com/platform/artificial-intelligence/",
    description:
      "Dynatrace's causal and generative AI engine: groups related anomalies into one problem, walks the dependency topology to the root cause, forecasts capacity and turns questions into DQL queries.",
    aliases: ["Davis AI", "Davis CoPilot", "Dynatrace Davis"],
  },
  {
    slug: "pagerduty-aiops",
    name: "PagerDuty AIOps",
    vendor: "PagerDuty",
    url: "https://www.pagerduty.com/platform/aiops/",
    description:
      "Event intelligence for on-call teams: suppresses noisy alerts, groups related ones into a single incident, points to likely origin and recent changes, and drafts status updates and post-incident reviews.",
    aliases: ["PagerDuty Event Intelligence", "PagerDuty Advance"],
  },
  {
    slug: "k8sgpt",
    name: "K8sGPT",
    vendor: "K8sGPT project (CNCF Sandbox)",
    url: "https://k8sgpt.ai/",
    description:
      "Open-source CLI and in-cluster operator that scans a Kubernetes cluster for failing resources and explains each problem and its fix in plain English using an LLM backend of your choice.",
  },
  // Cloud consoles.
  {
    slug: "microsoft-copilot-in-azure",
    name: "Microsoft Copilot in Azure",
    vendor: "Microsoft",
    url: "https://azure.microsoft.com/en-us/products/copilot",
    description:
      "Assistant inside the Azure portal and CLI: answers questions about the tenant's own resources, writes Azure CLI, Bicep and KQL, troubleshoots failing services, and explains costs and security recommendations.",
    aliases: ["Copilot in Azure", "Azure Copilot", "Copilot for Azure"],
  },
  {
    slug: "gemini-cloud-assist",
    name: "Gemini Cloud Assist",
    vendor: "Google Cloud",
    url: "https://cloud.google.com/products/gemini/cloud-assist",
    description:
      "Gemini inside the Google Cloud console: designs and diagrams architectures from a description, investigates errors across logs and metrics, and suggests cost and configuration improvements.",
    aliases: ["Gemini for Google Cloud", "Duet AI for Google Cloud"],
  },
  // Automation.
  {
    slug: "red-hat-ansible-lightspeed",
    name: "Red Hat Ansible Lightspeed",
    vendor: "Red Hat (with IBM watsonx Code Assistant)",
    url: "https://www.redhat.com/en/technologies/management/ansible/ansible-lightspeed",
    description:
      "Generative assistant for Ansible: turns natural-language task descriptions into playbooks and tasks in VS Code, explains existing automation and follows the organisation's own content.",
    aliases: ["Ansible Lightspeed", "watsonx Code Assistant for Red Hat Ansible Lightspeed"],
  },
  // Databases.
  {
    slug: "oracle-autonomous-database",
    name: "Oracle Autonomous Database",
    vendor: "Oracle",
    url: "https://www.oracle.com/autonomous-database/",
    description:
      "Self-driving cloud database that provisions, patches, backs up, indexes and tunes itself with machine learning, and offers Select AI to turn natural-language questions into SQL.",
    aliases: [
      "Oracle ADB",
      "Autonomous Data Warehouse",
      "Autonomous Transaction Processing",
      "Oracle Select AI",
    ],
  },
  // Networking.
  {
    slug: "juniper-mist-ai",
    name: "Juniper Mist AI",
    vendor: "HPE Juniper Networking",
    url: "https://www.juniper.net/us/en/products/mist-ai.html",
    description:
      "AI-driven cloud management for wireless, wired and SD-WAN networks; its Marvis assistant answers questions about client and network health, detects anomalies and takes self-driving corrective actions.",
    aliases: ["Mist AI", "Marvis", "Marvis Virtual Network Assistant", "Juniper Mist"],
  },
  {
    slug: "cisco-ai-assistant",
    name: "Cisco AI Assistant",
    vendor: "Cisco",
    url: "https://www.cisco.com/site/us/en/solutions/artificial-intelligence/ai-assistant/index.html",
    description:
      "Assistant across Cisco's management platforms (Meraki, Catalyst Center, Security Cloud Control, ThousandEyes): explains network issues, summarises firewall policy and proposes configuration and rule changes.",
    aliases: ["Cisco AI Assistant for Security", "Meraki AI Assistant"],
  },
  // Security.
  {
    slug: "microsoft-security-copilot",
    name: "Microsoft Security Copilot",
    vendor: "Microsoft",
    url: "https://www.microsoft.com/en-us/security/business/ai-machine-learning/microsoft-security-copilot",
    description:
      "Generative assistant for security operations across Defender, Sentinel, Entra, Intune and Purview: summarises incidents, reverse-engineers scripts, writes KQL hunting queries and runs triage agents.",
    aliases: ["Security Copilot", "Microsoft Copilot for Security", "Copilot for Security"],
  },
  {
    slug: "crowdstrike-charlotte-ai",
    name: "CrowdStrike Charlotte AI",
    vendor: "CrowdStrike",
    url: "https://www.crowdstrike.com/en-us/platform/charlotte-ai/",
    description:
      "Agentic security analyst in the CrowdStrike Falcon platform: triages detections, answers investigation questions in plain language, writes queries and drafts response actions for analyst approval.",
    aliases: ["Charlotte AI"],
  },
  {
    slug: "snyk-deepcode-ai",
    name: "Snyk DeepCode AI",
    vendor: "Snyk",
    url: "https://snyk.io/platform/deepcode-ai/",
    description:
      "The AI engine behind Snyk Code: finds security flaws in source code and infrastructure-as-code in the IDE and pull requests, and generates verified fixes for them.",
    aliases: ["DeepCode AI", "Snyk Code", "DeepCode AI Fix"],
  },
  // IT service management and support.
  {
    slug: "servicenow-now-assist",
    name: "ServiceNow Now Assist",
    vendor: "ServiceNow",
    url: "https://www.servicenow.com/products/now-assist.html",
    description:
      "Generative AI in the ServiceNow platform: summarises incidents and cases, drafts resolution notes and knowledge articles, answers employees in the virtual agent and groups related IT alerts.",
    aliases: ["Now Assist", "Now Assist for ITSM", "Now Assist for ITOM"],
  },
  {
    slug: "moveworks",
    name: "Moveworks",
    vendor: "Moveworks (ServiceNow)",
    url: "https://www.moveworks.com/",
    description:
      "AI assistant for employee IT support in Slack, Teams and the browser: resolves access requests, password resets and how-to questions itself, and files or routes tickets when it cannot.",
    aliases: ["Moveworks AI Assistant", "Moveworks Copilot"],
  },
];
