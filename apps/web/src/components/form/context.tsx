import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';

/** A form's errors by path, e.g. `heldOn`, `goals[1].text`, `answers[8]`. */
export type Errors = Record<string, string>;

/** What a field tells its form: where it is, what it is called, and its own rule. */
export interface FieldInfo {
  id: string;
  label: ReactNode;
  /** The field's own rule (a length limit, a date's format and range): a message, or nothing. */
  check?: (() => string | undefined) | undefined;
}

export interface FieldRegistry {
  register: (path: string, info: FieldInfo) => () => void;
  get: (path: string) => FieldInfo | undefined;
  entries: () => [string, FieldInfo][];
}

/** Keeps the fields of one form by path (a plain map: fields come and go with the form). */
export function createFieldRegistry(): FieldRegistry {
  const fields = new Map<string, FieldInfo>();
  return {
    register: (path, info) => {
      fields.set(path, info);
      return () => {
        if (fields.get(path) === info) fields.delete(path);
      };
    },
    get: (path) => fields.get(path),
    entries: () => [...fields.entries()],
  };
}

export interface FormContextValue {
  errors: Errors;
  fields: FieldRegistry;
}

export const FormContext = createContext<FormContextValue | null>(null);

export const useFormContext = () => useContext(FormContext);

/**
 * Registers a field with the form around it (when it has a path) and gives back the form's
 * error for that path. Outside a kit form it does nothing.
 */
export function useFormField(path: string | undefined, info: FieldInfo): string | undefined {
  const form = useContext(FormContext);
  const { id, label, check } = info;
  useLayoutEffect(() => {
    if (!form || !path) return;
    return form.fields.register(path, { id, label, check });
  }, [form, path, id, label, check]);
  return form && path ? form.errors[path] : undefined;
}
