import { handlers } from "@/lib/auth";
import { keepingSessionsOverOutages } from "@/lib/availability/route";

export const GET = keepingSessionsOverOutages(handlers.GET);
export const POST = keepingSessionsOverOutages(handlers.POST);
