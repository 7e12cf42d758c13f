// Roles of group biz-a: import each role file and list it here.
import type { RoleDef } from "../types";
import { accountant } from "./accountant";
import { bookkeeper } from "./bookkeeper";
import { financialAnalyst } from "./financial-analyst";
import { paralegal } from "./paralegal";
import { lawyer } from "./lawyer";
import { registeredNurse } from "./registered-nurse";
import { medicalCoder } from "./medical-coder";
import { physicalTherapist } from "./physical-therapist";
import { administrativeAssistant } from "./administrative-assistant";
import { dataEntryClerk } from "./data-entry-clerk";

export const roles: RoleDef[] = [
  accountant,
  bookkeeper,
  financialAnalyst,
  paralegal,
  lawyer,
  registeredNurse,
  medicalCoder,
  physicalTherapist,
  administrativeAssistant,
  dataEntryClerk,
];
