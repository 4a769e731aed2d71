package org.crossroads.data.web;

import org.crossroads.data.DataCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The indicator catalogue, public: what each indicator means, how it is broken down and where it comes from. */
@Controller
class DataCatalogueController {

    private final DataCatalogue catalogue;

    DataCatalogueController(DataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/data/indicators")
    String catalogue(Model model) {
        model.addAttribute("indicators", catalogue.indicators());
        model.addAttribute("dimensions", catalogue.dimensions());
        model.addAttribute("dimensionNames", catalogue.dimensionNames());
        return "data/indicators";
    }
}
