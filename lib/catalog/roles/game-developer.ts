import type { RoleDef } from "../types";

export const gameDeveloper: RoleDef = {
  slug: "game-developer",
  title: "Game Developer",
  industry: "technology",
  socCode: "15-1252",
  aliases: [
    "Game programmer",
    "Gameplay programmer",
    "Gameplay engineer",
    "Unity developer",
    "Unreal developer",
    "Unreal Engine developer",
    "Game engineer",
    "Engine programmer",
    "Graphics programmer",
  ],
  overview:
    "Game developers write the code that makes a game work and feel good: gameplay systems, controls, cameras, UI, tools for designers, rendering, networking and the performance work that keeps it at a steady frame rate on consoles, PCs and phones. " +
    "Assistants now write a good share of standard gameplay scripts, menus, editor tools and prototypes, and generators fill scenes with placeholder art. " +
    "The core of the craft is much harder to automate: tuning how a jump or a hit feels, fitting a frame into 16 milliseconds on fixed hardware, multiplayer code that hides latency, and building what designers and artists imagine. " +
    "Pay is lower than in other software work and the industry is volatile, but the creative and performance-critical parts of the job are well protected.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "script-standard-gameplay",
      kind: "at_risk",
      title: "Script standard gameplay components",
      description:
        "Write common behaviours such as pickups, health, inventories, spawners, triggers and simple enemy logic in C# or C++ scripts. Assistants produce these patterns readily for Unity and Unreal.",
      importance: 0.12,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "csharp", weight: 2 },
        { skill: "unity", weight: 2 },
        { skill: "cpp", weight: 1 },
      ],
    },
    {
      slug: "build-game-ui",
      kind: "at_risk",
      title: "Build menus, HUDs and UI flows",
      description:
        "Implement menus, settings screens, HUD elements and their navigation with controller and touch input. Largely template work an assistant can draft.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "unity", weight: 2 },
        { skill: "unreal-engine", weight: 2 },
      ],
    },
    {
      slug: "write-editor-tools",
      kind: "at_risk",
      title: "Write editor tools and pipeline scripts",
      description:
        "Build editor extensions, importers and batch scripts that save designers and artists time. Small, self-contained tools are easy for assistants to write.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "python", weight: 2 },
        { skill: "csharp", weight: 2 },
      ],
    },
    {
      slug: "prototype-with-placeholder-content",
      kind: "at_risk",
      title: "Prototype mechanics with placeholder content",
      description:
        "Throw together quick playable prototypes with stand-in models, textures and sounds to test an idea. Generators now supply both code and placeholder assets.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "game-design", weight: 2 },
        { skill: "unity", weight: 2 },
      ],
    },
    {
      slug: "fix-game-bugs",
      kind: "at_risk",
      title: "Fix routine gameplay bugs",
      description:
        "Reproduce and fix bugs reported by QA and players: broken states, null references, save-game issues. Assistants find many of the ordinary causes.",
      importance: 0.08,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "debugging", weight: 3 },
        { skill: "csharp", weight: 1 },
        { skill: "cpp", weight: 1 },
      ],
    },
    {
      slug: "integrate-platform-sdks",
      kind: "at_risk",
      title: "Integrate platform and store SDKs",
      description:
        "Hook up achievements, leaderboards, in-app purchases, analytics and ad SDKs for each platform. Well documented and increasingly generated.",
      importance: 0.05,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "api-integration", weight: 2 },
        { skill: "csharp", weight: 1 },
      ],
    },
    {
      slug: "automate-game-tests",
      kind: "at_risk",
      title: "Write automated tests and test bots",
      description:
        "Write unit tests for game logic and bots that play through levels to catch crashes and soft-locks. Assistants write much of this harness code.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "test-automation", weight: 2 },
        { skill: "csharp", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "tune-game-feel",
      kind: "safe",
      title: "Tune controls and game feel",
      description:
        "Adjust movement, camera, timing, animation blending and feedback until playing feels responsive and satisfying. Only playing and iterating with designers tells you when it is right.",
      importance: 0.1,
      exposure: 0.15,
      protectedBy: ["tacit-knowledge", "novel-design"],
      skills: [
        { skill: "gameplay-programming", weight: 3 },
        { skill: "game-design", weight: 2 },
      ],
    },
    {
      slug: "hit-frame-and-memory-budgets",
      kind: "safe",
      title: "Hit frame-rate and memory budgets on target hardware",
      description:
        "Profile on consoles, PCs and phones and cut CPU, GPU and memory costs until the game holds its frame rate, using platform profilers and development kits.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["tacit-knowledge", "physical-presence"],
      skills: [
        { skill: "performance-optimization", weight: 3 },
        { skill: "cpp", weight: 2 },
      ],
    },
    {
      slug: "design-game-architecture",
      kind: "safe",
      title: "Design engine and gameplay architecture",
      description:
        "Structure the game's systems (entities, data, events, save state, streaming) so a large team can add content for years without everything slowing down or breaking.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "software-architecture", weight: 3 },
        { skill: "cpp", weight: 2 },
      ],
    },
    {
      slug: "build-multiplayer-netcode",
      kind: "safe",
      title: "Build multiplayer netcode",
      description:
        "Implement state replication, client prediction, lag compensation and cheat resistance so online play feels fair and responsive.",
      importance: 0.07,
      exposure: 0.25,
      protectedBy: ["novel-design", "tacit-knowledge"],
      skills: [
        { skill: "multiplayer-networking", weight: 3 },
        { skill: "distributed-systems", weight: 1 },
      ],
    },
    {
      slug: "write-rendering-shaders",
      kind: "safe",
      title: "Write rendering and shader code",
      description:
        "Write shaders and rendering features that achieve the art direction within budget, working closely with technical artists.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["novel-design", "tacit-knowledge"],
      skills: [
        { skill: "graphics-programming", weight: 3 },
        { skill: "linear-algebra", weight: 1 },
      ],
    },
    {
      slug: "realise-creative-vision",
      kind: "safe",
      title: "Turn designers' and artists' ideas into working systems",
      description:
        "Understand what designers and artists are after, propose what is feasible in the time left and build systems that let them iterate without a programmer.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["stakeholders", "novel-design"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "game-design", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "automates",
      tasks: ["script-standard-gameplay", "write-editor-tools", "automate-game-tests"],
      note: "Completes gameplay scripts, editor tools and tests in Visual Studio, Rider or VS Code.",
    },
    {
      tool: "unity-ai",
      effect: "augments",
      tasks: ["script-standard-gameplay", "prototype-with-placeholder-content", "build-game-ui"],
      note: "Answers questions about the open Unity project, writes scripts against it and generates sprites, textures and sounds for prototypes.",
    },
    {
      tool: "jetbrains-ai-assistant",
      effect: "augments",
      tasks: ["fix-game-bugs", "script-standard-gameplay", "integrate-platform-sdks"],
      note: "Inside Rider, explains engine code and errors and writes C# and C++ for Unity and Unreal projects.",
    },
    {
      tool: "meshy",
      effect: "automates",
      tasks: ["prototype-with-placeholder-content"],
      note: "Generates textured 3D placeholder models from text or images so prototypes look like a game sooner.",
    },
    {
      tool: "inworld-ai",
      effect: "augments",
      tasks: ["realise-creative-vision", "script-standard-gameplay"],
      note: "Provides AI-driven characters with dialogue and behaviour within rules the design team sets.",
    },
  ],
  certifications: [
    "unity-certified-user-programmer",
    "unity-certified-associate-programmer",
    "unity-certified-professional-programmer",
    "cpp-institute-cpa",
  ],
  salary: {
    entry: { min: 55000, max: 80000, changePct: [-6, 0] },
    mid: { min: 85000, max: 125000, changePct: [0, 5] },
    senior: { min: 125000, max: 185000, changePct: [3, 9] },
    note:
      "Games pay below general software and studio layoffs keep entry-level competition high; AI tools cut prototyping and scripting time, adding to pressure on junior roles. " +
      "Engine, graphics, performance and netcode specialists remain scarce and keep gaining, as do developers who can build AI-driven systems into games.",
  },
  adaptation: [
    {
      title: "Specialise in performance and engine work",
      detail:
        "Learn the platform profilers, data-oriented design and memory management in C++, and own a frame-time budget on one platform.",
      tasks: ["hit-frame-and-memory-budgets", "design-game-architecture"],
      skills: ["performance-optimization", "cpp", "software-architecture"],
    },
    {
      title: "Build multiplayer or rendering depth",
      detail:
        "Ship one networked feature with prediction and reconciliation, or one rendering feature with custom shaders. Both are scarce skills AI helps with little.",
      tasks: ["build-multiplayer-netcode", "write-rendering-shaders"],
      skills: ["multiplayer-networking", "graphics-programming"],
    },
    {
      title: "Make designers faster",
      detail:
        "Build data-driven systems and tools that let designers tune and create content themselves, including AI-assisted content pipelines they control.",
      tasks: ["realise-creative-vision", "write-editor-tools", "tune-game-feel"],
      skills: ["game-design", "gameplay-programming"],
    },
    {
      title: "Prototype faster with AI",
      detail:
        "Use assistants for standard scripts and generators for stand-in assets so you can test more mechanics per week; keep generated assets out of shipped builds unless their licence is clear.",
      tasks: ["prototype-with-placeholder-content", "script-standard-gameplay"],
      skills: ["github-copilot", "unity-ai"],
    },
    {
      title: "Build AI-driven gameplay",
      detail:
        "Experiment with language-model characters or procedural systems inside design-set rules, with attention to cost, latency and content safety.",
      tasks: ["realise-creative-vision"],
      skills: ["llm-application-development", "inworld-ai"],
    },
  ],
  related: [
    "mobile-developer",
    "embedded-systems-engineer",
    "frontend-developer",
    "qa-engineer",
    "full-stack-developer",
  ],
};
