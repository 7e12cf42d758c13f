// AI tools defined by group tech-a (software development). Shared: other groups reuse these slugs.
import type { AiToolDef } from "../types";

export const aiTools: AiToolDef[] = [
  // General-purpose assistants, used in every industry.
  {
    slug: "chatgpt",
    name: "ChatGPT",
    vendor: "OpenAI",
    url: "https://chatgpt.com",
    description:
      "OpenAI's general-purpose chat assistant: drafts and rewrites text, explains and writes code, analyses uploaded files and data, and searches the web.",
    aliases: ["Chat GPT", "OpenAI ChatGPT", "ChatGPT Enterprise", "ChatGPT Team"],
  },
  {
    slug: "claude",
    name: "Claude",
    vendor: "Anthropic",
    url: "https://claude.ai",
    description:
      "Anthropic's general-purpose assistant: long-document reading and summarising, writing, analysis and code generation with large context windows.",
    aliases: ["Claude AI", "Anthropic Claude", "Claude.ai"],
    caseSensitive: true,
  },
  {
    slug: "gemini",
    name: "Gemini",
    vendor: "Google",
    url: "https://gemini.google.com",
    description:
      "Google's general-purpose assistant, also built into Google Workspace: drafting, summarising, research, data analysis and coding help.",
    aliases: ["Google Gemini", "Google Bard", "Gemini for Workspace"],
    caseSensitive: true,
  },
  // Coding assistants and agents.
  {
    slug: "github-copilot",
    name: "GitHub Copilot",
    vendor: "GitHub (Microsoft)",
    url: "https://github.com/features/copilot",
    description:
      "AI pair programmer inside the editor and on GitHub: inline completions, chat about the codebase, an agent that edits several files, and pull-request review.",
    aliases: ["GH Copilot", "Copilot for GitHub", "GitHub Copilot Chat"],
  },
  {
    slug: "cursor",
    name: "Cursor",
    vendor: "Anysphere",
    url: "https://cursor.com",
    description:
      "AI-first code editor (a VS Code fork) that indexes the whole repository, completes multi-line edits and runs an agent that plans and applies changes across files.",
    aliases: ["Cursor AI", "Cursor IDE", "Cursor editor"],
    caseSensitive: true,
  },
  {
    slug: "claude-code",
    name: "Claude Code",
    vendor: "Anthropic",
    url: "https://www.anthropic.com/claude-code",
    description:
      "Anthropic's agentic coding tool for the terminal and IDE: reads a codebase, edits files, runs commands and tests, and carries a change through to a commit.",
  },
  {
    slug: "openai-codex",
    name: "OpenAI Codex",
    vendor: "OpenAI",
    url: "https://openai.com/codex/",
    description:
      "OpenAI's software-engineering agent, in the cloud and as a CLI: takes a task, works in a sandboxed copy of the repository and proposes a tested change.",
    aliases: ["Codex CLI", "ChatGPT Codex"],
  },
  {
    slug: "gemini-code-assist",
    name: "Gemini Code Assist",
    vendor: "Google",
    url: "https://codeassist.google",
    description:
      "Google's coding assistant for IDEs and Google Cloud: completions, chat, code transformation and review, grounded in the team's own repositories on paid tiers.",
    aliases: ["Duet AI for Developers", "Gemini CLI"],
  },
  {
    slug: "amazon-q-developer",
    name: "Amazon Q Developer",
    vendor: "Amazon Web Services",
    url: "https://aws.amazon.com/q/developer/",
    description:
      "AWS's coding assistant (successor of CodeWhisperer): completions and agents in the IDE, AWS-aware answers, code transformation such as Java version upgrades, and security scans.",
    aliases: ["Amazon CodeWhisperer", "CodeWhisperer", "Amazon Q"],
  },
  {
    slug: "jetbrains-ai-assistant",
    name: "JetBrains AI Assistant",
    vendor: "JetBrains",
    url: "https://www.jetbrains.com/ai/",
    description:
      "AI assistant built into IntelliJ IDEA, PyCharm, Rider, CLion and other JetBrains IDEs, with the Junie agent: completions, refactorings, test and commit-message generation.",
    aliases: ["JetBrains AI", "JetBrains Junie"],
  },
  {
    slug: "windsurf",
    name: "Windsurf",
    vendor: "Cognition",
    url: "https://windsurf.com",
    description:
      "Agentic code editor (formerly Codeium) whose Cascade agent plans and edits across the repository and runs terminal commands.",
    aliases: ["Codeium", "Windsurf Editor", "Windsurf IDE"],
    caseSensitive: true,
  },
  {
    slug: "tabnine",
    name: "Tabnine",
    vendor: "Tabnine",
    url: "https://www.tabnine.com",
    description:
      "Code completion and chat assistant that can run privately on-premises, chosen by teams that cannot send code to a public cloud service.",
  },
  {
    slug: "devin",
    name: "Devin",
    vendor: "Cognition",
    url: "https://devin.ai",
    description:
      "Autonomous software-engineering agent that takes tickets, works in its own cloud environment and opens pull requests for human review.",
    aliases: ["Devin AI"],
    caseSensitive: true,
  },
  {
    slug: "coderabbit",
    name: "CodeRabbit",
    vendor: "CodeRabbit",
    url: "https://www.coderabbit.ai",
    description:
      "AI code reviewer that comments on every pull request: summaries, likely bugs, security issues and style problems, learning from the team's feedback.",
    aliases: ["Code Rabbit"],
  },
  {
    slug: "qodo",
    name: "Qodo",
    vendor: "Qodo",
    url: "https://www.qodo.ai",
    description:
      "Code-integrity platform (formerly CodiumAI) that generates unit tests, reviews pull requests and checks changes against the team's standards.",
    aliases: ["CodiumAI", "Qodo Gen", "Qodo Merge"],
  },
  {
    slug: "sentry-seer",
    name: "Sentry Seer",
    vendor: "Sentry",
    url: "https://sentry.io/product/seer/",
    description:
      "Sentry's debugging agent: reads an error's stack trace, traces and the code, proposes a root cause and drafts a fix as a pull request.",
    aliases: ["Seer by Sentry"],
  },
  // UI and app generation.
  {
    slug: "v0",
    name: "v0",
    vendor: "Vercel",
    url: "https://v0.app",
    description:
      "Vercel's generator of React and Next.js interfaces and full apps from prompts, screenshots or designs, using Tailwind CSS and shadcn/ui components.",
    aliases: ["v0.dev", "Vercel v0"],
    caseSensitive: true,
  },
  {
    slug: "bolt-new",
    name: "Bolt.new",
    vendor: "StackBlitz",
    url: "https://bolt.new",
    description:
      "Prompt-to-app builder that generates, runs and deploys full-stack web applications inside the browser.",
    aliases: ["StackBlitz Bolt", "Bolt.new AI"],
    caseSensitive: true,
  },
  // Test automation.
  {
    slug: "mabl",
    name: "mabl",
    vendor: "mabl",
    url: "https://www.mabl.com",
    description:
      "Low-code test automation platform that creates end-to-end tests from recorded or described flows and repairs them automatically when the interface changes.",
  },
  {
    slug: "testim",
    name: "Testim",
    vendor: "Tricentis",
    url: "https://www.testim.io",
    description:
      "AI-assisted functional test automation for web and mobile apps, with smart locators that keep tests stable as the interface changes.",
    aliases: ["Tricentis Testim"],
  },
  {
    slug: "applitools-eyes",
    name: "Applitools Eyes",
    vendor: "Applitools",
    url: "https://applitools.com/platform/eyes/",
    description:
      "Visual AI testing: compares screenshots of web and mobile interfaces like a human reviewer and flags meaningful visual differences across browsers and devices.",
    aliases: ["Applitools", "Applitools Visual AI"],
  },
  // Game content.
  {
    slug: "unity-ai",
    name: "Unity AI",
    vendor: "Unity Technologies",
    url: "https://unity.com/features/ai",
    description:
      "AI tools inside the Unity Editor (successor of Unity Muse): an assistant that answers and scripts against the open project, plus generators for sprites, textures, animation and sound.",
    aliases: ["Unity Muse", "Unity AI Assistant"],
  },
  {
    slug: "meshy",
    name: "Meshy",
    vendor: "Meshy",
    url: "https://www.meshy.ai",
    description:
      "Generates textured 3D models from text or images, with retopology and rigging, for prototyping and filling game and AR scenes.",
    aliases: ["Meshy AI"],
  },
  {
    slug: "inworld-ai",
    name: "Inworld AI",
    vendor: "Inworld AI",
    url: "https://inworld.ai",
    description:
      "Platform for AI-driven game characters and real-time voice: non-player characters that hold conversations and react inside game rules set by designers.",
    aliases: ["Inworld"],
  },
];
