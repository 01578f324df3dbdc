import type { Language, PointForm } from '@hiwar/protocol';
import { useEffect, useState } from 'react';

type Classify = (text: string, language: Language) => PointForm;

let loading: Promise<Classify | null> | null = null;

/**
 * The report's form classifier, loaded once the desk first asks (`wanted`): it brings an English grammar
 * library (compromise) that only the desk needs, so it is its own file. Null until then, while loading,
 * or if it cannot be loaded (the desk then says "automatic" without naming the form).
 */
export function usePointClassifier(wanted: boolean): Classify | null {
  const [classify, setClassify] = useState<Classify | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loading ??= import('@hiwar/report/point-form').then(
      (m) => m.classifyPoint,
      () => null,
    );
    void loading.then((found) => {
      if (live && found) setClassify(() => found);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return classify;
}
