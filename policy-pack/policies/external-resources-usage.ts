import { Place } from "../engine";
import { declaredMessage, unusedDeclarationMessage } from "./exemptions-messages";
import { DeclaredResource } from "./external-resources-config";

/**
 * What the declarations of resources outside the stack met in one stack: the advisory `exemptions` policy shows
 * each place proven through a declaration, on its resource, and each declaration nothing used.
 */
export class DeclarationUsage {
  private readonly used = new Set<string>();

  constructor(
    private readonly declared: readonly DeclaredResource[],
    private readonly report: (message: string, urn?: string) => void,
  ) {}

  /** Shows a place of `policy` on resource `urn` that a declaration proved; other places are ignored. */
  note(place: Place, policy: string, urn: string): void {
    const declared = place.declared && this.declared.find((d) => d.key === place.declared);
    if (!declared) return;
    this.used.add(declared.key);
    this.report(declaredMessage(policy, place.message, declared), urn);
  }

  /** Reports every declaration that proved no place of the stack. */
  reportUnused(): void {
    for (const declared of this.declared) {
      if (this.used.has(declared.key)) continue;
      const detail = `no reference, resource group or parent of this stack matches its ${declared.field}; correct the ${declared.field}, or remove the declaration`;
      this.report(unusedDeclarationMessage(declared, detail));
    }
  }
}
