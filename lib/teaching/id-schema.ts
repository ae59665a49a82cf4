import { z } from "zod";

/**
 * An id from a form, a URL or an action's bound argument (a database cuid or a course's content
 * id). Whether it names something the user may reach is the data layer's question, not this one.
 */
export const idSchema = z.string().trim().min(1, "Choose one.").max(120, "That id is too long.");
